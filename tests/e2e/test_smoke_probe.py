from tests.e2e.pages import SignupPage, Nav, LoginPage, SettingsPage, DEFAULT_PASSWORD, unique_email


def test_probe(page):
    email = unique_email()
    dash = SignupPage(page).open().signup_ok(email)
    print(dash.open_postings())
    Nav(page).go("Settings")
    SettingsPage(page).expect_loaded()
    Nav(page).logout()
