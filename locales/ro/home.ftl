# The public home page.

home-title = Bun venit pe Carnet
home-intro = Carnet vă anunță despre absențe, întâlniri și mesajele școlii. Puteți răspunde pe internet, prin SMS sau prin telefon, în limba dumneavoastră.
home-parent-title = Sunt părinte sau reprezentant legal al unui elev
home-parent-action = Conectare cu numărul meu de telefon
home-staff-title = Lucrez în școală
home-staff-action = Conectare personal
home-help = Aveți nevoie de ajutor? Citiți pagina de ajutor sau întrebați mediatorul școlii.
