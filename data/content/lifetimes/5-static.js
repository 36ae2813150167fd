function statusText(code) { //@ fn
  switch (code) { //@ match
    case 200: return "OK";
    case 404: return "Not Found";
    default: return "Unknown";
  }
}

for (const code of [200, 404, 418]) { //@ loop
  const response = { code, text: statusText(code) }; //@ build
  console.log(`${response.code} ${response.text}`); //@ print
}
