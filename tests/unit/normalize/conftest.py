"""Make the repository root importable when pytest.ini has no ``pythonpath``.

Remove once pytest.ini sets ``pythonpath = .``.
"""

import sys
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parents[3])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
