"""``secondlook eval``: labeled data sets, scoring, and Presidio side by side (see ``cli``)."""
