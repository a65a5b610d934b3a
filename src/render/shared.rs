//! A part of the memo context that many places show, built once.
//!
//! An evidence item cited by several grounds, offered to every ground of a
//! category, listed again among the unused or in the timeline, or a ground
//! quoted by many request letters, is the same map each time. Serialized
//! into the templates' context place by place, each place would cost a
//! copy of it (Tera's values are maps of a few hundred bytes per field,
//! several times the Rust structure). A [`Shared`] holds the structure
//! once, with its template value made once: every place that shows it
//! hands the templates the same value by reference (Tera keeps maps and
//! lists behind reference counts), and `--dump-context` prints it in full
//! at each place, as before.

use serde::Serialize;
use std::ops::Deref;
use std::sync::Arc;

/// A structure of the context and its template value, made once and
/// shown in many places. Rust code reads the structure through it as it
/// would the structure itself.
pub struct Shared<T>(Arc<Inner<T>>);

struct Inner<T> {
    data: T,
    value: tera::Value,
}

impl<T: Serialize> Shared<T> {
    pub fn new(data: T) -> Shared<T> {
        let value = tera::Value::from_serializable(&data);
        Shared(Arc::new(Inner { data, value }))
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0.data
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Shared<T> {
        Shared(Arc::clone(&self.0))
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.data.fmt(f)
    }
}

impl<T> Serialize for Shared<T> {
    /// Into the templates' context, the value made once (Tera passes a
    /// value it meets through by reference); into anything else (the JSON
    /// of `--dump-context`), the value written out in full, as the
    /// structure would be.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.value.serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Serialize)]
    struct Item<'a> {
        id: &'a str,
        letter: Option<&'a str>,
        pages: u32,
        days: Option<i32>,
        cited: bool,
        list: Vec<&'a str>,
    }

    fn item() -> Item<'static> {
        Item {
            id: "a-rather-long-identifier-of-an-item",
            letter: None,
            pages: 7,
            days: Some(-3),
            cited: true,
            list: vec!["x", "y"],
        }
    }

    #[test]
    fn it_serializes_as_the_structure_would() {
        let shared = Shared::new(item());
        assert_eq!(
            serde_json::to_string_pretty(&vec![shared.clone(), shared.clone()]).unwrap(),
            serde_json::to_string_pretty(&vec![item(), item()]).unwrap()
        );
        assert_eq!(
            tera::Value::from_serializable(&vec![shared.clone(), shared]),
            tera::Value::from_serializable(&vec![item(), item()])
        );
    }

    #[test]
    fn templates_see_every_place_alike() {
        #[derive(Serialize)]
        struct Cx {
            places: Vec<Shared<Item<'static>>>,
        }
        let shared = Shared::new(item());
        let cx = Cx {
            places: vec![shared.clone(), shared.clone(), shared],
        };
        let mut tera = tera::Tera::new();
        tera.add_raw_template(
            "t",
            "{% for p in places %}{{ p.id }} {{ p.pages }} {{ p.days }} {{ p.letter is none }} {{ p.list | length }};{% endfor %}",
        )
        .unwrap();
        let out = tera
            .render("t", &tera::Context::from_serialize(&cx).unwrap())
            .unwrap();
        assert_eq!(out, "a-rather-long-identifier-of-an-item 7 -3 true 2;".repeat(3));
        assert_eq!(shared_id(&cx.places[1]), "a-rather-long-identifier-of-an-item");
    }

    fn shared_id<'a>(s: &'a Shared<Item<'static>>) -> &'a str {
        s.id
    }
}
