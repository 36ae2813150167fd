use serde_json::{Value, json};

fn main() {
    let data: Value = serde_json::from_str(r#"{ "items": [{ "name": "tea", "price": 2.5 }] }"#).unwrap(); //@ parse

    println!("{}", data["items"][0]["price"]); //@ index
    println!("{:?}", data["items"][3]["price"].as_f64()); // Null, so as_f64() is None //@ missing

    let items = data["items"].as_array().unwrap();
    let total: f64 = items.iter().filter_map(|item| item["price"].as_f64()).sum(); //@ total
    let reply = json!({ "count": items.len(), "total": total }); //@ build
    println!("{reply}"); //@ print
}
