"""Getting a context in: files, stdin, the embedded default (later: free text and interviews)."""
