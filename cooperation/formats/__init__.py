"""Date formats the admin and the dashboard share in both languages.

The dashboard's templates write dates as "4 Juni 2024" / "4 June 2024"; Django's own defaults
would show the same date in the admin as "4 Jun 2024" or "June 4, 2024, 9:30 a.m.". Only the
names set here are overridden; numbers keep each locale's separators ("0,82" / "0.82").
"""
