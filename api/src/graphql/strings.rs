//! The edge rule for strings: every string a request carries — in its variables, however deep
//! in input objects and lists, and in the literals of its document's arguments — is checked
//! before the schema runs the request, so a hostile string never reaches a service or the
//! database (PostgreSQL refuses a NUL in `text` and `jsonb`, which used to surface as
//! `INTERNAL`).
//!
//! A string is refused when it holds a control character (C0, DEL or C1; tab, line feed and
//! carriage return are allowed in multi-line text only) or U+FFFE/U+FFFF, or when it is longer
//! than its [`Kind`] allows. The kind comes from the declared GraphQL type (`ID`) and otherwise
//! from the input field's or argument's name, through [`KINDS`]. The refusal is one `VALIDATION`
//! error naming every field at fault in `extensions.fields`, built by the same
//! [`to_gql`](super::errors::to_gql) as every other error.
//!
//! The declared types come from the schema's own SDL, parsed once; a variable takes the name
//! and type of the argument or input field it is bound to.

use super::errors::to_gql;
use async_graphql::{
    Name, Pos, Request, Response, ServerError, Value, Variables,
    parser::types::{
        BaseType, Directive, ExecutableDocument, OperationType, Selection, SelectionSet, Type,
        TypeKind, TypeSystemDefinition,
    },
    parser::{Positioned, parse_schema},
};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::LazyLock;
use tongxin_core::AppError;

/// What a string input is: decides its length limit and whether it may span lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Single-line text: names, titles, e-mail addresses, search terms, months, codes of
    /// enumerations, date scalars. The longest a service accepts today is 200 characters.
    Line,
    /// Multi-line text: bodies, notes, reasons, replies, agendas, minutes, resolutions. The
    /// longest a service accepts today is 60,000 characters (meeting minutes).
    Text,
    /// Passwords, tokens and one-time codes. Passwords are at most 128 characters by policy;
    /// tokens are 43.
    Secret,
    /// Opaque identifiers: global IDs (about 60 characters), cursors, client message ids.
    Id,
    /// A whole file as base64 (`contentBase64`): member imports allow 5 MiB, which is
    /// 6,990,508 base64 characters; the 8 MiB request body limit caps it anyway.
    Blob,
}

impl Kind {
    /// The most characters (Unicode scalar values) a string of this kind may have.
    pub const fn max_chars(self) -> usize {
        match self {
            Kind::Line => 1_000,
            Kind::Text => 100_000,
            Kind::Secret => 1_024,
            Kind::Id => 512,
            Kind::Blob => 7 * 1024 * 1024,
        }
    }

    /// Whether tab, line feed and carriage return are allowed.
    pub const fn multi_line(self) -> bool {
        matches!(self, Kind::Text)
    }
}

/// The kind of every `String` (and `JSON`) input field and argument of the schema, by name.
///
/// This is the one place that decides how long a string may be and whether it may span lines.
/// An input whose declared type is `ID` is [`Kind::Id`] whatever its name; a name missing here
/// is [`Kind::Line`], and the unit test `every_string_input_of_the_schema_has_a_kind_in_the_table`
/// fails until a new name is added, so that each new field is classified on purpose.
pub const KINDS: &[(&str, Kind)] = &[
    // Multi-line text.
    ("agenda", Kind::Text),
    ("answer", Kind::Text),
    ("body", Kind::Text),
    ("citation", Kind::Text),
    ("comment", Kind::Text),
    ("description", Kind::Text),
    ("explanation", Kind::Text),
    ("minutes", Kind::Text),
    ("note", Kind::Text),
    ("pinnedNotice", Kind::Text),
    ("reason", Kind::Text),
    ("reply", Kind::Text),
    ("report", Kind::Text),
    ("resolutions", Kind::Text),
    ("source", Kind::Text),
    ("stem", Kind::Text),
    ("sourceNote", Kind::Text),
    ("summary", Kind::Text),
    ("text", Kind::Text),
    // Secrets and one-time codes.
    ("adminPassword", Kind::Secret),
    ("code", Kind::Secret),
    ("currentPassword", Kind::Secret),
    ("fileTokens", Kind::Secret),
    ("newPassword", Kind::Secret),
    ("password", Kind::Secret),
    ("receiptCode", Kind::Secret),
    ("recoveryCode", Kind::Secret),
    ("token", Kind::Secret),
    ("totpCode", Kind::Secret),
    // Identifiers typed as `String`.
    ("after", Kind::Id),
    ("clientMessageId", Kind::Id),
    ("tenantId", Kind::Id),
    // Files as base64.
    ("contentBase64", Kind::Blob),
    // Single-line text.
    ("action", Kind::Line),
    ("address", Kind::Line),
    ("adminEmail", Kind::Line),
    ("adminName", Kind::Line),
    ("blanks", Kind::Line),
    ("caption", Kind::Line),
    ("category", Kind::Line),
    ("categoryKey", Kind::Line),
    ("categoryKeys", Kind::Line),
    ("contentType", Kind::Line),
    ("destination", Kind::Line),
    ("email", Kind::Line),
    ("ethnicity", Kind::Line),
    ("fileName", Kind::Line),
    ("fromMonth", Kind::Line),
    ("gender", Kind::Line),
    ("issuer", Kind::Line),
    ("itemName", Kind::Line),
    ("key", Kind::Line),
    ("kind", Kind::Line),
    ("label", Kind::Line),
    ("line", Kind::Line),
    ("lines", Kind::Line),
    ("location", Kind::Line),
    ("maxLabel", Kind::Line),
    ("minLabel", Kind::Line),
    ("month", Kind::Line),
    ("name", Kind::Line),
    ("options", Kind::Line),
    ("params", Kind::Line),
    ("permissions", Kind::Line),
    ("phone", Kind::Line),
    ("place", Kind::Line),
    ("posts", Kind::Line),
    ("query", Kind::Line),
    ("receipt", Kind::Line),
    ("receiptNo", Kind::Line),
    ("response", Kind::Line),
    ("role", Kind::Line),
    ("roles", Kind::Line),
    ("ruleKey", Kind::Line),
    ("search", Kind::Line),
    ("statuses", Kind::Line),
    ("subject", Kind::Line),
    ("tags", Kind::Line),
    ("targetKind", Kind::Line),
    ("tenantName", Kind::Line),
    ("tenantSlug", Kind::Line),
    ("timeZone", Kind::Line),
    ("title", Kind::Line),
    ("toMonth", Kind::Line),
    ("value", Kind::Line),
    ("videoUrl", Kind::Line),
    ("word", Kind::Line),
];

/// The kind of a string given to the input or argument `name` declared as `declared` (the
/// named type, lists unwrapped), when known.
pub fn kind_of(name: &str, declared: Option<&str>) -> Kind {
    if declared == Some("ID") {
        return Kind::Id;
    }
    KINDS
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(Kind::Line, |(_, k)| *k)
}

/// Why a string was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Longer than the kind allows.
    TooLong(usize),
    /// A tab, line feed or carriage return in single-line text.
    LineBreak,
    /// Any other control character (C0, DEL, C1), NUL included.
    Control,
    /// U+FFFE or U+FFFF.
    Noncharacter,
}

impl Problem {
    /// The message shown for the field.
    pub fn message(self) -> String {
        match self {
            Problem::TooLong(max) => format!("不能超过 {max} 个字符"),
            Problem::LineBreak => "不能包含换行符或制表符".into(),
            Problem::Control => "不能包含控制字符".into(),
            Problem::Noncharacter => "不能包含无效字符（U+FFFE、U+FFFF）".into(),
        }
    }
}

/// Checks one string against the rules of its kind: the length first, then each character.
pub fn check(s: &str, kind: Kind) -> Result<(), Problem> {
    let max = kind.max_chars();
    // A string of at most `max` bytes has at most `max` characters; count only longer ones.
    if s.len() > max && s.chars().count() > max {
        return Err(Problem::TooLong(max));
    }
    for c in s.chars() {
        match c {
            '\t' | '\n' | '\r' if kind.multi_line() => {}
            '\t' | '\n' | '\r' => return Err(Problem::LineBreak),
            '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => return Err(Problem::Control),
            '\u{fffe}' | '\u{ffff}' => return Err(Problem::Noncharacter),
            _ => {}
        }
    }
    Ok(())
}

/// At most this many fields are named in one refusal.
const MAX_FIELDS: usize = 10;

/// The answer to a request carrying a string that breaks the rules, or `None` to run it.
/// A document that does not parse is left to the executor, which reports it as it always does.
pub fn refusal(request: &mut Request) -> Option<Response> {
    let variables = std::mem::take(&mut request.variables);
    let found = request
        .parsed_query()
        .ok()
        .map(|doc| problems(doc, &variables));
    request.variables = variables;
    let found = found?;
    if found.is_empty() {
        return None;
    }
    let summary = found
        .iter()
        .map(|(field, message)| format!("{field} {message}"))
        .collect::<Vec<_>>()
        .join("；");
    let mut error: ServerError = to_gql(AppError::Validation {
        message: format!("输入的文字不符合要求：{summary}"),
        fields: found,
    })
    .into_server_error(Pos::default());
    // The rule is about the request as a whole; there is no one place in the document to show.
    error.locations.clear();
    Some(Response::from_errors(vec![error]))
}

/// The fields at fault in a document and its variables, each with its message.
pub fn problems(doc: &ExecutableDocument, variables: &Variables) -> BTreeMap<String, String> {
    let catalog = CATALOG.as_ref();
    let mut walk = Walk {
        catalog,
        found: BTreeMap::new(),
        bindings: HashMap::new(),
    };
    walk.document(doc);
    for (_, op) in doc.operations.iter() {
        for def in &op.node.variable_definitions {
            if let Some(default) = &def.node.default_value {
                let var = def.node.name.node.as_str();
                variable(&mut walk, var, &default.node, Some(&def.node.var_type.node));
            }
        }
    }
    for (var, value) in variables.iter() {
        let declared = doc.operations.iter().find_map(|(_, op)| {
            op.node
                .variable_definitions
                .iter()
                .find(|d| d.node.name.node == *var)
                .map(|d| &d.node.var_type.node)
        });
        variable(&mut walk, var, value, declared);
    }
    walk.found
}

/// Checks a variable's value where it is bound; unbound, under its own name and declared type.
fn variable(walk: &mut Walk<'_>, var: &str, value: &Value, declared: Option<&Type>) {
    // A variable's name is the client's own JSON key; a bad one is reported as `variables`.
    let var = match check(var, Kind::Line) {
        Ok(()) => var,
        Err(problem) => {
            walk.fault("variables", problem);
            "variables"
        }
    };
    let bound = walk.bindings.get(var).cloned().unwrap_or_default();
    if bound.is_empty() {
        let ty = declared.map(named).and_then(|t| {
            walk.catalog
                .and_then(|c| c.names.get(t))
                .map(String::as_str)
        });
        walk.value(value, var, ty);
    }
    for (name, ty) in bound {
        walk.value(value, &name, ty);
    }
}

/// The named type inside a type (lists unwrapped).
fn named(ty: &Type) -> &str {
    match &ty.base {
        BaseType::Named(n) => n.as_str(),
        BaseType::List(inner) => named(inner),
    }
}

/// A field of an object or interface type: its named type and its arguments' named types.
struct OutField {
    ty: String,
    args: HashMap<String, String>,
}

/// The declared types the walk needs, read from the schema's SDL.
struct Catalog {
    /// Input object → input field → named type.
    inputs: HashMap<String, HashMap<String, String>>,
    /// Object or interface → field.
    outputs: HashMap<String, HashMap<String, OutField>>,
    /// The root types: query, mutation, subscription.
    roots: [String; 3],
    /// Every type's name, built-in scalars included.
    names: HashSet<String>,
}

/// Built on first use, from the SDL of the schema as the code defines it. Building the schema
/// recurses through its whole type graph (a few hundred KiB of stack in a debug build), so it
/// runs on a thread of its own rather than on top of the first request's already deep stack.
static CATALOG: LazyLock<Option<Catalog>> = LazyLock::new(|| {
    std::thread::Builder::new()
        .name("graphql-catalog".into())
        .stack_size(8 * 1024 * 1024)
        .spawn(|| Catalog::from_sdl(&super::sdl()))
        .ok()?
        .join()
        .ok()?
});

impl Catalog {
    fn from_sdl(sdl: &str) -> Option<Self> {
        let doc = parse_schema(sdl).ok()?;
        let mut catalog = Catalog {
            inputs: HashMap::new(),
            outputs: HashMap::new(),
            roots: ["Query".into(), "Mutation".into(), "Subscription".into()],
            names: ["String", "ID", "Int", "Float", "Boolean"]
                .into_iter()
                .map(String::from)
                .collect(),
        };
        for def in doc.definitions {
            match def {
                TypeSystemDefinition::Schema(s) => {
                    let s = s.node;
                    for (slot, name) in [s.query, s.mutation, s.subscription]
                        .into_iter()
                        .enumerate()
                    {
                        if let Some(name) = name {
                            catalog.roots[slot] = name.node.to_string();
                        }
                    }
                }
                TypeSystemDefinition::Type(t) => {
                    let t = t.node;
                    catalog.names.insert(t.name.node.to_string());
                    let fields = match t.kind {
                        TypeKind::InputObject(i) => {
                            let fields = i
                                .fields
                                .iter()
                                .map(|f| {
                                    (f.node.name.node.to_string(), named(&f.node.ty.node).into())
                                })
                                .collect();
                            catalog.inputs.insert(t.name.node.to_string(), fields);
                            continue;
                        }
                        TypeKind::Object(o) => o.fields,
                        TypeKind::Interface(i) => i.fields,
                        _ => continue,
                    };
                    let fields = fields
                        .into_iter()
                        .map(|f| {
                            let f = f.node;
                            let args = f
                                .arguments
                                .iter()
                                .map(|a| {
                                    (a.node.name.node.to_string(), named(&a.node.ty.node).into())
                                })
                                .collect();
                            let out = OutField {
                                ty: named(&f.ty.node).into(),
                                args,
                            };
                            (f.name.node.to_string(), out)
                        })
                        .collect();
                    catalog.outputs.insert(t.name.node.to_string(), fields);
                }
                TypeSystemDefinition::Directive(_) => {}
            }
        }
        Some(catalog)
    }
}

/// Where a value sits: an input object's fields, an opaque scalar (`JSON`, dates, enums), or
/// somewhere the catalog does not know.
#[derive(Clone, Copy)]
enum Shape<'c> {
    Input(&'c HashMap<String, String>),
    Opaque,
    Unknown,
}

/// The field arguments of a document and its variables are walked with one function over
/// `async_graphql::Value`: the parser's own literal type is not exported, so a literal is turned
/// into a constant first, each variable in it becoming the enum value `$name` (no enum value
/// can begin with `$`), which records where the variable is bound.
macro_rules! constant {
    ($literal:expr) => {
        $literal
            .clone()
            .into_const_with(|var| {
                Ok::<_, std::convert::Infallible>(Value::Enum(Name::new(format!("${var}"))))
            })
            .unwrap_or(Value::Null)
    };
}

/// One walk over a request, collecting the fields at fault.
struct Walk<'c> {
    catalog: Option<&'c Catalog>,
    found: BTreeMap<String, String>,
    /// Variable → the (input name, named type) of each place it is bound to.
    bindings: HashMap<String, Vec<(String, Option<&'c str>)>>,
}

impl<'c> Walk<'c> {
    fn document(&mut self, doc: &ExecutableDocument) {
        for (_, op) in doc.operations.iter() {
            let slot = match op.node.ty {
                OperationType::Query => 0,
                OperationType::Mutation => 1,
                OperationType::Subscription => 2,
            };
            let root = self.catalog.map(|c| c.roots[slot].as_str());
            self.directives(&op.node.directives);
            for def in &op.node.variable_definitions {
                self.directives(&def.node.directives);
            }
            self.selection_set(&op.node.selection_set.node, root);
        }
        for fragment in doc.fragments.values() {
            let on = fragment.node.type_condition.node.on.node.as_str();
            let on = self
                .catalog
                .and_then(|c| c.names.get(on))
                .map(String::as_str);
            self.directives(&fragment.node.directives);
            self.selection_set(&fragment.node.selection_set.node, on);
        }
    }

    fn selection_set(&mut self, set: &SelectionSet, parent: Option<&'c str>) {
        for item in &set.items {
            match &item.node {
                Selection::Field(f) => {
                    let f = &f.node;
                    let def = parent
                        .zip(self.catalog)
                        .and_then(|(p, c)| c.outputs.get(p))
                        .and_then(|fields| fields.get(f.name.node.as_str()));
                    for (name, value) in &f.arguments {
                        let ty = def
                            .and_then(|d| d.args.get(name.node.as_str()))
                            .map(String::as_str);
                        self.value(&constant!(value.node), name.node.as_str(), ty);
                    }
                    self.directives(&f.directives);
                    self.selection_set(&f.selection_set.node, def.map(|d| d.ty.as_str()));
                }
                Selection::InlineFragment(i) => {
                    let on = match &i.node.type_condition {
                        Some(c) => self
                            .catalog
                            .and_then(|cat| cat.names.get(c.node.on.node.as_str()))
                            .map(String::as_str),
                        None => parent,
                    };
                    self.directives(&i.node.directives);
                    self.selection_set(&i.node.selection_set.node, on);
                }
                // Fragments are walked once each, from their definitions.
                Selection::FragmentSpread(s) => self.directives(&s.node.directives),
            }
        }
    }

    fn directives(&mut self, directives: &[Positioned<Directive>]) {
        for d in directives {
            for (name, value) in &d.node.arguments {
                self.value(&constant!(value.node), name.node.as_str(), None);
            }
        }
    }

    fn shape(&self, ty: Option<&'c str>) -> Shape<'c> {
        match (ty, self.catalog) {
            (Some(t), Some(c)) => c.inputs.get(t).map_or(Shape::Opaque, Shape::Input),
            _ => Shape::Unknown,
        }
    }

    fn fault(&mut self, field: &str, problem: Problem) {
        if self.found.len() < MAX_FIELDS && !self.found.contains_key(field) {
            self.found.insert(field.to_string(), problem.message());
        }
    }

    fn string(&mut self, s: &str, name: &str, ty: Option<&str>) {
        if let Err(problem) = check(s, kind_of(name, ty)) {
            self.fault(name, problem);
        }
    }

    /// A value given to the input `name` of named type `ty`: in the variables, as a variable's
    /// default, or written in the document (see [`constant`]).
    fn value(&mut self, value: &Value, name: &str, ty: Option<&'c str>) {
        match value {
            Value::String(s) => self.string(s, name, ty),
            Value::Enum(e) => {
                if let Some(var) = e.strip_prefix('$') {
                    let bound = self.bindings.entry(var.to_string()).or_default();
                    if !bound.iter().any(|(n, t)| n == name && *t == ty) {
                        bound.push((name.to_string(), ty));
                    }
                }
            }
            Value::List(items) => {
                for item in items {
                    self.value(item, name, ty);
                }
            }
            Value::Object(map) => {
                let shape = self.shape(ty);
                for (key, item) in map {
                    // A key is never longer or stranger than a single line; a bad key is not
                    // repeated as a field name, its parent's is used instead.
                    let key = match check(key, Kind::Line) {
                        Ok(()) => key.as_str(),
                        Err(problem) => {
                            self.fault(name, problem);
                            name
                        }
                    };
                    match shape {
                        Shape::Input(fields) => {
                            let field_ty = fields.get(key).map(String::as_str);
                            self.value(item, key, field_ty);
                        }
                        Shape::Opaque => self.value(item, name, ty),
                        Shape::Unknown => self.value(item, key, None),
                    }
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Kind; 5] = [Kind::Line, Kind::Text, Kind::Secret, Kind::Id, Kind::Blob];

    fn refused(query: &str, variables: serde_json::Value) -> Option<serde_json::Value> {
        let mut request = Request::new(query).variables(Variables::from_json(variables));
        refusal(&mut request).map(|r| serde_json::to_value(&r).unwrap())
    }

    #[test]
    fn a_string_at_its_kinds_limit_passes_and_one_character_more_is_refused() {
        for kind in ALL {
            // Arrange
            let max = kind.max_chars();
            let at = "字".repeat(max);
            let over = "字".repeat(max + 1);

            // Act
            let at = check(&at, kind);
            let over = check(&over, kind);

            // Assert
            assert_eq!(at, Ok(()), "{kind:?}");
            assert_eq!(over, Err(Problem::TooLong(max)), "{kind:?}");
        }
    }

    #[test]
    fn tab_newline_and_carriage_return_pass_only_in_multi_line_text() {
        for kind in ALL {
            for c in ['\t', '\n', '\r'] {
                // Arrange
                let s = format!("第一行{c}第二行");

                // Act
                let answer = check(&s, kind);

                // Assert
                if kind == Kind::Text {
                    assert_eq!(answer, Ok(()), "{kind:?} {c:?}");
                } else {
                    assert_eq!(answer, Err(Problem::LineBreak), "{kind:?} {c:?}");
                }
            }
        }
    }

    #[test]
    fn nul_and_the_other_controls_are_refused_in_every_kind() {
        for kind in ALL {
            for c in [
                '\0', '\u{1}', '\u{1b}', '\u{1f}', '\u{7f}', '\u{80}', '\u{85}', '\u{9f}',
            ] {
                // Arrange
                let s = format!("a{c}b");

                // Act
                let answer = check(&s, kind);

                // Assert
                assert_eq!(answer, Err(Problem::Control), "{kind:?} {c:?}");
            }
        }
    }

    #[test]
    fn the_noncharacters_fffe_and_ffff_are_refused_and_chinese_and_emoji_pass() {
        for kind in ALL {
            // Arrange
            let fine = "党支部 🎉 café \u{a0}\u{fffd}\u{10ffff}";

            // Act
            let fffe = check("a\u{fffe}", kind);
            let ffff = check("a\u{ffff}", kind);
            let fine = check(fine, kind);

            // Assert
            assert_eq!(fffe, Err(Problem::Noncharacter));
            assert_eq!(ffff, Err(Problem::Noncharacter));
            assert_eq!(fine, Ok(()), "{kind:?}");
        }
    }

    #[test]
    fn an_id_typed_input_is_an_id_whatever_its_name_and_an_unknown_name_is_single_line() {
        // Arrange
        let cases = [
            ("note", Some("ID"), Kind::Id),
            ("note", Some("String"), Kind::Text),
            ("note", None, Kind::Text),
            ("tenantId", Some("String"), Kind::Id),
            ("somethingNew", Some("String"), Kind::Line),
        ];

        for (name, declared, expected) in cases {
            // Act
            let kind = kind_of(name, declared);

            // Assert
            assert_eq!(kind, expected, "{name} {declared:?}");
        }
    }

    #[test]
    fn every_string_input_of_the_schema_has_a_kind_in_the_table() {
        // Arrange
        let doc = parse_schema(super::super::sdl()).unwrap();
        let mut names = Vec::new();
        for def in doc.definitions {
            let TypeSystemDefinition::Type(t) = def else {
                continue;
            };
            match t.node.kind {
                TypeKind::InputObject(i) => names.extend(i.fields.into_iter().map(|f| {
                    (
                        f.node.name.node.to_string(),
                        named(&f.node.ty.node).to_string(),
                    )
                })),
                TypeKind::Object(o) => names.extend(o.fields.into_iter().flat_map(|f| {
                    f.node.arguments.into_iter().map(|a| {
                        (
                            a.node.name.node.to_string(),
                            named(&a.node.ty.node).to_string(),
                        )
                    })
                })),
                _ => {}
            }
        }

        // Act
        let missing: Vec<_> = names
            .iter()
            .filter(|(_, ty)| ty == "String" || ty == "JSON")
            .filter(|(name, _)| !KINDS.iter().any(|(n, _)| n == name))
            .map(|(name, _)| name.as_str())
            .collect();

        // Assert
        assert!(
            missing.is_empty(),
            "add these inputs to KINDS in api/src/graphql/strings.rs: {missing:?}"
        );
    }

    #[test]
    fn a_nul_in_a_nested_variable_is_refused_naming_the_input_field() {
        // Arrange
        let query = "mutation($i: UpdateMemberInput!) { updateMember(input: $i) { __typename } }";
        let variables = serde_json::json!({ "i": { "id": "x", "patch": { "name": "a\u{0}b" } } });

        // Act
        let answer = refused(query, variables).expect("refused");

        // Assert
        let error = &answer["errors"][0];
        assert_eq!(error["extensions"]["code"], "VALIDATION");
        assert_eq!(error["extensions"]["fields"]["name"], "不能包含控制字符");
        assert!(
            error["message"]
                .as_str()
                .unwrap()
                .contains("不能包含控制字符")
        );
    }

    #[test]
    fn a_nul_in_a_literal_inside_a_list_of_objects_is_refused_naming_the_field() {
        // Arrange
        let query = r#"{ noticeAudienceCount(issuerOrgId: "x",
            audience: { orgs: [{ orgId: "o\u0000" }], roles: ["r"] }) }"#;

        // Act
        let answer = refused(query, serde_json::json!({})).expect("refused");

        // Assert
        assert_eq!(
            answer["errors"][0]["extensions"]["fields"],
            serde_json::json!({ "orgId": "不能包含控制字符" })
        );
    }

    #[test]
    fn a_variable_takes_the_kind_of_the_argument_it_is_bound_to() {
        // Arrange: bound to `body` (multi-line) a newline passes; bound to `title` it does not.
        let body = "mutation($v: String!) { sendMessage(input: { conversationId: \"c\", body: $v, clientMessageId: \"m\" }) { __typename } }";
        let title = "mutation($v: String!) { createGroup(input: { title: $v, memberIds: [] }) { __typename } }";
        let variables = serde_json::json!({ "v": "第一行\n第二行" });

        // Act
        let as_body = refused(body, variables.clone());
        let as_title = refused(title, variables);

        // Assert
        assert!(as_body.is_none(), "{as_body:?}");
        let as_title = as_title.expect("refused");
        assert_eq!(
            as_title["errors"][0]["extensions"]["fields"]["title"],
            "不能包含换行符或制表符"
        );
    }

    #[test]
    fn strings_inside_a_json_scalar_are_checked_under_the_arguments_name() {
        // Arrange
        let query = "mutation($p: JSON!) { overrideRule(input: { key: \"k\", params: $p, sourceNote: \"n\" }) { __typename } }";
        let variables = serde_json::json!({ "p": { "nested": ["ok", "a\u{0}"] } });

        // Act
        let answer = refused(query, variables).expect("refused");

        // Assert
        assert_eq!(
            answer["errors"][0]["extensions"]["fields"],
            serde_json::json!({ "params": "不能包含控制字符" })
        );
    }

    #[test]
    fn an_id_argument_longer_than_an_id_may_be_is_refused() {
        // Arrange
        let query = "query($id: ID!) { node(id: $id) { id } }";
        let variables = serde_json::json!({ "id": "x".repeat(Kind::Id.max_chars() + 1) });

        // Act
        let answer = refused(query, variables).expect("refused");

        // Assert
        assert_eq!(
            answer["errors"][0]["extensions"]["fields"]["id"],
            format!("不能超过 {} 个字符", Kind::Id.max_chars())
        );
    }

    #[test]
    fn an_ordinary_request_with_chinese_and_emoji_runs() {
        // Arrange
        let query = "mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }";
        let variables = serde_json::json!({ "i": { "title": "第一支部 🎉", "memberIds": ["a"] } });

        // Act
        let answer = refused(query, variables);

        // Assert
        assert!(answer.is_none());
    }

    #[test]
    fn a_key_with_a_nul_is_refused_under_its_parents_name_not_its_own() {
        // Arrange
        let variables = serde_json::json!({ "a\u{0}": "x", "stray": { "b\u{0}": "y" } });

        // Act
        let answer = refused("{ __typename }", variables).expect("refused");

        // Assert
        assert_eq!(
            answer["errors"][0]["extensions"]["fields"],
            serde_json::json!({ "stray": "不能包含控制字符", "variables": "不能包含控制字符" })
        );
    }

    #[test]
    fn an_unknown_variable_is_checked_under_its_own_name() {
        // Arrange
        let variables = serde_json::json!({ "stray": { "deep": "a\u{0}" } });

        // Act
        let answer = refused("{ __typename }", variables).expect("refused");

        // Assert
        assert_eq!(
            answer["errors"][0]["extensions"]["fields"],
            serde_json::json!({ "deep": "不能包含控制字符" })
        );
    }
}
