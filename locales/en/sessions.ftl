### baraza — en: The session list, the comparison view, and what a change or an error says.
### Each message says where it shows and what its variables are.
