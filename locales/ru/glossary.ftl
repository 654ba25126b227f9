# glossary
