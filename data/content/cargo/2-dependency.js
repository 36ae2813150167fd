// JSON is part of the language: nothing to install.
const text = '{"name": "slug", "version": "0.1.0", "private": true}'; //@ text

const manifest = JSON.parse(text); //@ parse
console.log(manifest.name); //@ name
console.log(manifest.version); //@ version
console.log(manifest.private); //@ private
