# Messages to phones. `.sms` is one SMS segment; `.voice` is read aloud.

login-code = Код для входу
    .sms = Carnet: Ваш код { $code }. Він дійсний 10 хвилин. Нікому його не повідомляйте.
    .voice = Добрий день, це Carnet. Ваш код для входу: { $spoken }. Повторюю: { $spoken }.
reply-help = Допомога
    .sms = Carnet: повідомлення отримано. Щоб отримати допомогу, увійдіть у Carnet або зателефонуйте до служби шкільного життя (vie scolaire).
reply-unknown-number = Невідомий номер
    .sms = Carnet: цей номер невідомий. Зверніться до школи Вашої дитини.
