"""Two-factor authentication for the admin: TOTP devices and recovery codes (django-otp).

After Wagtail's own login (whatever wraps ``authenticate``), a user who must use a second
factor (``policy.py``) is held by ``middleware.TwoFactorMiddleware`` on every admin URL until
they enter a code from their authenticator app or a recovery code (``views.py``); one without
a device sets one up first. The devices themselves are django-otp's (``devices.py``).
"""
