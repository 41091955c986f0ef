//! Variable coercion before execution.
//!
//! async-graphql coerces a variable only when a resolver reads it, so a required variable
//! left out or a value of the wrong kind surfaced as an error of the field, after execution
//! had begun. GraphQL over HTTP counts it as a request error (400 under
//! `application/graphql-response+json`, no `data`): the variables of the chosen operation are
//! checked here against their declared types first. Built-in scalars, enums, lists, input
//! objects and nullability are checked; custom scalars (dates, JSON) keep their own parsing
//! at execution, and their errors stay errors of the field.

use async_graphql::{
    Value as ConstValue, Variables,
    parser::types::{
        BaseType, DocumentOperations, ExecutableDocument, Type, TypeKind, TypeSystemDefinition,
    },
};
use std::collections::{HashMap, HashSet};

/// What a named input type accepts.
enum Kind {
    /// One of these names.
    Enum(HashSet<String>),
    /// An object of these fields: name, type, whether it has a default.
    Input(Vec<(String, Type, bool)>),
}

/// The schema's enums and input objects, read from its SDL.
pub struct InputTypes(HashMap<String, Kind>);

impl InputTypes {
    /// The input types of the schema whose SDL is `sdl`; none if it does not parse (then only
    /// built-in scalars, lists and nullability are checked).
    pub fn from_sdl(sdl: &str) -> Self {
        let mut types = HashMap::new();
        if let Ok(doc) = async_graphql::parser::parse_schema(sdl) {
            for def in doc.definitions {
                let TypeSystemDefinition::Type(ty) = def else {
                    continue;
                };
                let ty = ty.node;
                let kind = match ty.kind {
                    TypeKind::Enum(e) => Kind::Enum(
                        e.values
                            .into_iter()
                            .map(|v| v.node.value.node.to_string())
                            .collect(),
                    ),
                    TypeKind::InputObject(o) => Kind::Input(
                        o.fields
                            .into_iter()
                            .map(|f| {
                                let f = f.node;
                                (
                                    f.name.node.to_string(),
                                    f.ty.node,
                                    f.default_value.is_some(),
                                )
                            })
                            .collect(),
                    ),
                    _ => continue,
                };
                types.insert(ty.name.node.to_string(), kind);
            }
        }
        Self(types)
    }

    /// Why the variables of the operation that will run do not coerce to their declared
    /// types, or `None` when they do (or when the operation is not determined: the executor
    /// reports that).
    pub fn refusal(
        &self,
        doc: &ExecutableDocument,
        operation_name: Option<&str>,
        variables: &Variables,
    ) -> Option<String> {
        let op = match (&doc.operations, operation_name) {
            (DocumentOperations::Single(op), _) => op,
            (DocumentOperations::Multiple(ops), Some(name)) => ops.get(name)?,
            (DocumentOperations::Multiple(ops), None) if ops.len() == 1 => ops.values().next()?,
            _ => return None,
        };
        op.node.variable_definitions.iter().find_map(|def| {
            let def = &def.node;
            let name = def.name.node.as_str();
            let ty = &def.var_type.node;
            let given = variables.get(name);
            if given.is_none() && def.default_value.is_some() {
                return None;
            }
            self.check(ty, given, 0)
                .err()
                .map(|problem| format!("Variable \"${name}\" of type \"{ty}\" {problem}"))
        })
    }

    /// Whether `value` coerces to `ty`; `Err` says how it does not.
    fn check(&self, ty: &Type, value: Option<&ConstValue>, depth: usize) -> Result<(), String> {
        // Input objects may refer to themselves; a value nested this deep is refused anyway.
        if depth > 32 {
            return Err("is nested too deeply".into());
        }
        let value = match value {
            None | Some(ConstValue::Null) if ty.nullable => return Ok(()),
            None => return Err("was not provided".into()),
            Some(ConstValue::Null) => return Err("must not be null".into()),
            Some(v) => v,
        };
        match &ty.base {
            BaseType::List(item) => match value {
                ConstValue::List(items) => items.iter().enumerate().try_for_each(|(i, v)| {
                    self.check(item, Some(v), depth + 1)
                        .map_err(|e| format!("at [{i}] {e}"))
                }),
                // A single value stands for a list of one.
                single => self.check(item, Some(single), depth + 1),
            },
            BaseType::Named(name) => self.named(name.as_str(), value, depth),
        }
    }

    fn named(&self, name: &str, value: &ConstValue, depth: usize) -> Result<(), String> {
        let ok = match (name, value) {
            ("Int", ConstValue::Number(n)) => n.as_i64().is_some_and(|i| i32::try_from(i).is_ok()),
            ("Float", ConstValue::Number(_)) => true,
            ("String", ConstValue::String(_)) | ("Boolean", ConstValue::Boolean(_)) => true,
            ("ID", ConstValue::String(_)) => true,
            ("ID", ConstValue::Number(n)) => n.is_i64() || n.is_u64(),
            ("Int" | "Float" | "String" | "Boolean" | "ID", _) => false,
            _ => match self.0.get(name) {
                Some(Kind::Enum(values)) => match value {
                    ConstValue::String(s) => values.contains(s),
                    ConstValue::Enum(n) => values.contains(n.as_str()),
                    _ => false,
                },
                Some(Kind::Input(fields)) => {
                    let ConstValue::Object(map) = value else {
                        return Err(format!("got a value that is not an object for {name}"));
                    };
                    if let Some(unknown) = map
                        .keys()
                        .find(|k| !fields.iter().any(|(f, _, _)| f == k.as_str()))
                    {
                        return Err(format!("has a field {unknown} that {name} does not have"));
                    }
                    return fields.iter().try_for_each(|(field, ty, has_default)| {
                        let given = map.get(field.as_str());
                        if given.is_none() && *has_default {
                            return Ok(());
                        }
                        self.check(ty, given, depth + 1)
                            .map_err(|e| format!("at {field} {e}"))
                    });
                }
                // A custom scalar parses its own values when the resolver reads them.
                None => true,
            },
        };
        if ok {
            Ok(())
        } else {
            Err(format!("got a value that is not a valid {name}"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const SDL: &str = "type Query { a: Int }
        enum Color { RED GREEN }
        input Filter { color: Color! first: Int = 10 tags: [String!] }";

    fn refusal(query: &str, vars: serde_json::Value) -> Option<String> {
        let types = InputTypes::from_sdl(SDL);
        let doc = async_graphql::parser::parse_query(query).unwrap();
        types.refusal(&doc, None, &Variables::from_json(vars))
    }

    #[test]
    fn a_required_variable_left_out_or_null_is_refused_and_one_with_a_default_is_not() {
        let q = "query($id: ID!) { a }";
        assert_eq!(
            refusal(q, json!({})).as_deref(),
            Some("Variable \"$id\" of type \"ID!\" was not provided")
        );
        assert!(
            refusal(q, json!({ "id": null }))
                .unwrap()
                .contains("must not be null")
        );
        assert_eq!(refusal("query($id: ID! = \"x\") { a }", json!({})), None);
        assert_eq!(refusal("query($id: ID) { a }", json!({})), None);
    }

    #[test]
    fn built_in_scalars_take_only_their_own_kinds() {
        assert!(refusal("query($n: Int) { a }", json!({ "n": 1.5 })).is_some());
        assert!(refusal("query($n: Int) { a }", json!({ "n": 3_000_000_000_i64 })).is_some());
        assert_eq!(refusal("query($n: Int) { a }", json!({ "n": 7 })), None);
        assert!(refusal("query($s: String) { a }", json!({ "s": 1 })).is_some());
        assert!(refusal("query($id: ID) { a }", json!({ "id": { "a": 1 } })).is_some());
        assert_eq!(refusal("query($id: ID) { a }", json!({ "id": 12 })), None);
    }

    #[test]
    fn enums_lists_and_input_objects_are_checked_through() {
        let q = "query($f: Filter!) { a }";
        assert_eq!(refusal(q, json!({ "f": { "color": "RED" } })), None);
        assert!(refusal(q, json!({ "f": { "color": "BLUE" } })).is_some());
        assert!(
            refusal(q, json!({ "f": {} }))
                .unwrap()
                .contains("at color was not provided")
        );
        assert!(refusal(q, json!({ "f": { "color": "RED", "nope": 1 } })).is_some());
        assert!(refusal(q, json!({ "f": { "color": "RED", "tags": ["a", null] } })).is_some());
        assert_eq!(
            refusal(q, json!({ "f": { "color": "RED", "tags": "one" } })),
            None
        );
    }

    #[test]
    fn a_custom_scalar_is_left_to_its_own_parsing() {
        assert_eq!(
            refusal("query($d: DateTime!) { a }", json!({ "d": 5 })),
            None
        );
    }
}
