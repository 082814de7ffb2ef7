// Anchors the translation resources in a library of their own.
