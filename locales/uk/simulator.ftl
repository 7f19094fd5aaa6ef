# The demo phone simulator.

simulator-title = Симулятор телефону
simulator-intro = Демонстрація: ось що Carnet надіслав на кожен номер. Ви можете відповідати так, ніби тримаєте цей телефон у руках.
simulator-phones-caption = Телефони для демонстрації
simulator-phone-column = Номер
simulator-who-column = Особа
simulator-count-column = Отримані повідомлення
simulator-conversation-title = Телефон { $phone }
simulator-empty = На цей номер ще нічого не надсилали.
simulator-sms-out = Отримане SMS
simulator-sms-in = Надіслане SMS
simulator-voice-out = Вхідний дзвінок, голос каже
simulator-voice-in = Натиснуті клавіші
simulator-reply-label = Відповісти SMS
simulator-reply-submit = Надіслати SMS
simulator-back = Усі телефони
simulator-no-phone = (немає телефону)
error-reply-empty = Напишіть повідомлення.
error-reply-too-long = Це повідомлення задовге: не більше 480 символів.
simulator-call-button = Зателефонувати в Carnet з цього телефону
simulator-call-title = Триває дзвінок
simulator-call-says = Голос каже:
simulator-keys-label = Клавіші, які треба натиснути (цифри, зірочка *, решітка #)
simulator-keys-submit = Натиснути
simulator-call-ended = Дзвінок завершено.
error-keys-invalid = Вводьте лише цифри, * або #.
