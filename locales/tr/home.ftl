# The public home page.

home-title = Carnet sitesine hoş geldiniz
home-intro = Carnet, devamsızlıkları, randevuları ve okulun mesajlarını size bildirir. İnternetten, SMS ile veya telefonla, kendi dilinizde cevap verebilirsiniz.
home-parent-title = Bir öğrencinin annesi, babası veya velisiyim
home-parent-action = Telefon numaramla giriş yap
home-staff-title = Okulda çalışıyorum
home-staff-action = Personel girişi
home-help = Yardıma mı ihtiyacınız var? Yardım sayfasını okuyun veya okulun arabulucusuna sorun.
