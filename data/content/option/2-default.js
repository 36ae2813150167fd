const settings = { theme: "dark" };

// ?? falls back only when the left side is null or undefined.
const theme = settings.theme ?? "light";
const fontSize = settings.fontSize ?? 14;

console.log(theme, fontSize);
