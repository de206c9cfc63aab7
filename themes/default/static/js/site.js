// Small progressive enhancements; every page works without it. Search, and its "/" shortcut, live in search.js.
