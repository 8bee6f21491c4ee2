import sys

from secondlook.cli import main

sys.exit(main())
