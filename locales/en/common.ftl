# Shared by every page: layout, navigation, errors.

site-name = Carnet
site-tagline = The link between school and family
skip-link = Skip to content
nav-label = Main menu
nav-home = Home
nav-settings = My settings
nav-help = Help
nav-sign-in = Sign in
nav-sign-out = Sign out
footer-label = About this site
footer-privacy = Privacy
footer-accessibility = Accessibility: partially compliant
footer-simulator = Phone simulator (demo)
language-switcher-label = Language
signed-in-as = Signed in as { $name }
demo-banner = Demo: the people are fictional and no SMS is really sent.
error-summary-title =
    { $count ->
        [one] There is a problem
       *[other] There are { $count } problems
    }
error-prefix = Error:
back-home = Back to the home page
page-not-found-title = Page not found
page-not-found-body = This page does not exist or no longer exists.
page-forbidden-title = Access denied
page-forbidden-body = You are not allowed to see this page.
page-bad-request-title = Incomplete request
page-bad-request-body = The form you sent is incomplete or too long. Go back and try again.
page-too-many-title = Too many requests
page-too-many-body = You have made too many requests in a short time. Wait a few minutes, then try again.
page-error-title = Something went wrong
page-error-body = Try again in a few minutes. If this keeps happening, tell the school.
role-head = school management
role-vie_scolaire = school life office (vie scolaire)
role-teacher = teacher
role-mediator = mediator
# Between items of a list written in a line (a placeable keeps the space).
list-separator = {", "}
