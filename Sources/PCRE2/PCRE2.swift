// The PCRE2 wrapper lives here (see Regex.swift once written).
