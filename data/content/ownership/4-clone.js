const original = { tags: ["rust", "js"] };

// structuredClone makes a deep copy; the copy can change on its own.
const copy = structuredClone(original);
copy.tags.push("wasm");

console.log(original.tags.length, copy.tags.length);
