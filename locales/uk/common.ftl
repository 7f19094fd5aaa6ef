# Shared by every page: layout, navigation, errors.

site-name = Carnet
site-tagline = Зв'язок між школою та родиною
skip-link = Перейти до вмісту
nav-label = Головне меню
nav-home = Головна
nav-settings = Мої налаштування
nav-help = Допомога
nav-sign-in = Увійти
nav-sign-out = Вийти
footer-label = Інформація про сайт
footer-privacy = Конфіденційність
footer-accessibility = Доступність: частково відповідає вимогам
footer-simulator = Симулятор телефону (демонстрація)
language-switcher-label = Мова
signed-in-as = Ви увійшли як: { $name }
demo-banner = Демонстрація: усі люди вигадані, і жодне SMS насправді не надсилається.
error-summary-title =
    { $count ->
        [one] Є { $count } проблема
        [few] Є { $count } проблеми
        [many] Є { $count } проблем
       *[other] Є { $count } проблеми
    }
error-prefix = Помилка:
back-home = Повернутися на головну
page-not-found-title = Сторінку не знайдено
page-not-found-body = Цієї сторінки немає або її вже видалено.
page-forbidden-title = Доступ заборонено
page-forbidden-body = Ви не маєте права переглядати цю сторінку.
page-bad-request-title = Неповний запит
page-bad-request-body = Надіслана форма неповна або задовга. Поверніться назад і спробуйте ще раз.
page-too-many-title = Забагато запитів
page-too-many-body = Ви зробили забагато запитів за короткий час. Зачекайте кілька хвилин і спробуйте ще раз.
page-error-title = Сталася помилка
page-error-body = Спробуйте ще раз за кілька хвилин. Якщо помилка повторюється, повідомте школу.
role-head = дирекція
role-vie_scolaire = служба шкільного життя (vie scolaire)
role-teacher = вчитель
role-mediator = медіатор
# Between items of a list written in a line (a placeable keeps the space).
list-separator = {", "}
