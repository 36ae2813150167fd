const settings = new Map([["theme", "dark"], ["size", "big"]]); //@ settings

// ?? falls back only when the left side is null or undefined.
const theme = settings.get("theme") ?? "light"; //@ theme
const size = Number.parseInt(settings.get("size"), 10); //@ parse
const fontSize = Number.isNaN(size) ? 14 : size; //@ fallback

console.log(theme, fontSize); //@ print
