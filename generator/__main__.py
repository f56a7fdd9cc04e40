from .cli import main
from .reuse.exit import leave

# Only when run as a program: worker processes import this module by name and must not
# run the command again.
if __name__ == "__main__":
    leave(main())
