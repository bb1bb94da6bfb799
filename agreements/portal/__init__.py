"""The public portal (/publik/): published agreements for anyone, no login, no script."""
