"""The desktop window (PySide6): a thin Qt layer over :mod:`ccwdiff.core`.

``qt.py`` is the only module that imports the binding. ``main_window.py`` wires
the pieces: ``view.py``/``delegate.py`` (aligned rows), ``mandate_panel.py``,
``navigator.py``, ``window_parts.py`` (filters, status), ``opening.py`` (files,
drops, the comparison job in ``worker.py``), ``dialogs.py`` (errors), ``i18n.py``
(Chinese/English), ``settings.py`` (QSettings), ``theme.py`` and ``fonts.py``.
"""
