# Sign-in for families (phone and code) and staff (username and password).

sign-in-title = Увійти
sign-in-intro = Введіть номер телефону, який Ви дали школі. Ми надішлемо Вам код із 6 цифр.
sign-in-phone-label = Номер телефону
sign-in-phone-hint = Наприклад: 06 12 34 56 78
sign-in-delivery-legend = Як отримати код?
sign-in-delivery-sms = SMS-повідомленням
sign-in-delivery-voice = Дзвінком: голос прочитає код (для стаціонарного телефону)
sign-in-submit = Отримати код
code-title = Введіть код
code-sent = Якщо школа знає цей номер, на { $phone } щойно надіслано код. Він дійсний 10 хвилин.
code-label = Код із 6 цифр
code-submit = Увійти
code-new = Код не надійшов: попросити новий код
staff-sign-in-title = Вхід для персоналу
staff-username-label = Логін
staff-password-label = Пароль
staff-sign-in-submit = Увійти
signed-out = Ви вийшли з системи.
error-phone-missing = Введіть Ваш номер телефону.
error-phone-invalid = Цей номер недійсний. Напишіть його, наприклад, так: 06 12 34 56 78.
error-delivery-invalid = Оберіть SMS або дзвінок.
error-code-format = Код має 6 цифр.
error-code-wrong =
    { $left ->
        [one] Цей код неправильний. У Вас залишилася { $left } спроба.
        [few] Цей код неправильний. У Вас залишилося { $left } спроби.
        [many] Цей код неправильний. У Вас залишилося { $left } спроб.
       *[other] Цей код неправильний. У Вас залишилося { $left } спроби.
    }
error-code-expired = Цей код уже недійсний. Попросіть новий код.
error-code-locked = Забагато спроб із цим кодом. Попросіть новий код.
error-too-many-requests =
    { $minutes ->
        [one] Забагато запитів. Зачекайте { $minutes } хвилину і спробуйте ще раз.
        [few] Забагато запитів. Зачекайте { $minutes } хвилини і спробуйте ще раз.
        [many] Забагато запитів. Зачекайте { $minutes } хвилин і спробуйте ще раз.
       *[other] Забагато запитів. Зачекайте { $minutes } хвилини і спробуйте ще раз.
    }
error-username-missing = Введіть логін.
error-password-missing = Введіть пароль.
error-credentials = Неправильний логін або пароль.
