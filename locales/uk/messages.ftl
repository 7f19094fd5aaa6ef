# Messages to phones. `.sms` is one SMS segment; `.voice` is read aloud.

login-code = Код для входу
    .sms = Carnet: Ваш код { $code }. Він дійсний 10 хвилин. Нікому його не повідомляйте.
    .voice = Добрий день, це Carnet. Ваш код для входу: { $spoken }. Повторюю: { $spoken }.
reply-unknown-number = Невідомий номер
    .sms = Carnet: цей номер невідомий. Зверніться до школи Вашої дитини.
    .voice = Добрий день, це Carnet. Цей номер невідомий. Зверніться до школи Вашої дитини. До побачення.
