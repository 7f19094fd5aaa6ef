# The demo phone simulator.

simulator-title = Phone simulator
simulator-intro = Demo: here is what Carnet has sent to each number. You can reply as if you were holding this phone.
simulator-phones-caption = Demo phones
simulator-phone-column = Number
simulator-who-column = Person
simulator-count-column = Messages received
simulator-conversation-title = Phone { $phone }
simulator-empty = Nothing has been sent to this number yet.
simulator-sms-out = SMS received
simulator-sms-in = SMS sent
simulator-voice-out = Call received, the voice says
simulator-voice-in = Keys pressed
simulator-reply-label = Reply by SMS
simulator-reply-submit = Send the SMS
simulator-back = All phones
simulator-no-phone = (no phone)
error-reply-empty = Write a message.
error-reply-too-long = This message is too long: 480 characters at most.
simulator-call-button = Call Carnet from this phone
simulator-call-title = Call in progress
simulator-call-says = The voice says:
simulator-keys-label = Keys to press (digits, star *, hash #)
simulator-keys-submit = Press
simulator-call-ended = The call has ended.
error-keys-invalid = Enter only digits, * or #.
