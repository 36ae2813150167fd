const theme = { name: "dark", fontSize: 14 }; //@ new

const report = { title: "Report", theme }; //@ share
const invoice = { title: "Invoice", theme }; //@ share

console.log(report.theme === invoice.theme); // the same object //@ same
console.log(`${invoice.title} uses ${invoice.theme.name} at ${invoice.theme.fontSize} px`); //@ use
