# Sign-in for families (phone and code) and staff (username and password).

sign-in-title = Sign in
sign-in-intro = Enter the phone number you gave to the school. We will send you a 6-digit code.
sign-in-phone-label = Phone number
sign-in-phone-hint = For example: 06 12 34 56 78
sign-in-delivery-legend = How do you want to receive the code?
sign-in-delivery-sms = By SMS
sign-in-delivery-voice = By a call that reads out the code (for a landline)
sign-in-submit = Get a code
code-title = Enter your code
code-sent = If the school knows this number, a code has just been sent to { $phone }. It is valid for 10 minutes.
code-label = 6-digit code
code-submit = Sign in
code-new = I did not receive a code: ask for a new code
staff-sign-in-title = Staff sign-in
staff-username-label = Username
staff-password-label = Password
staff-sign-in-submit = Sign in
signed-out = You are signed out.
error-phone-missing = Enter your phone number.
error-phone-invalid = This number is not valid. Write it like this, for example: 06 12 34 56 78.
error-delivery-invalid = Choose SMS or call.
error-code-format = The code has 6 digits.
error-code-wrong =
    { $left ->
        [one] This code is not correct. You have one try left.
       *[other] This code is not correct. You have { $left } tries left.
    }
error-code-expired = This code is no longer valid. Ask for a new code.
error-code-locked = Too many tries with this code. Ask for a new code.
error-too-many-requests =
    { $minutes ->
        [one] Too many requests. Wait one minute, then try again.
       *[other] Too many requests. Wait { $minutes } minutes, then try again.
    }
error-username-missing = Enter your username.
error-password-missing = Enter your password.
error-credentials = Incorrect username or password.
