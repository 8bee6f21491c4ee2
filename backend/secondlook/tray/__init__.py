"""The desktop side of Second Look: a system tray icon (pystray) that runs the local service as a
child process, and a settings window (pywebview) showing the service's own ``/settings`` page.
Everything here talks to the service over HTTP on 127.0.0.1, like the extension does."""
