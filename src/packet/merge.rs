//! Assembling a volume with `lopdf`: pages copied from the exhibits,
//! stamped, with the generated index and dividers, and bookmarks.
//!
//! Each copied page becomes a form XObject drawn on a new page: its
//! inherited attributes (`MediaBox`, `CropBox`, `Resources`, `Rotate`) are
//! resolved from the source's page tree first, its rotation is turned into
//! the drawing matrix, and an exhibit page is scaled onto Letter above the
//! stamp band, so that the stamp never covers the document's own text and
//! an A4 or legal page is shrunk, never cropped. Annotations with an
//! appearance (filled form fields, stamps, signatures) are drawn into the
//! page from their appearance streams, so that every viewer and every
//! printer shows them; the others (links) stay annotations, moved with the
//! page. Objects are copied on demand from what the new page reaches, with
//! fresh ids, so that nothing of the source's page tree comes along.

use super::annots;
pub use super::geometry::{Annotation, Geometry, PageContent, annotations, page_content};
use super::geometry::{IDENTITY, Matrix, inherited, mul, number, rect, resolve, transform_rect};
use super::preflight::{Content, Part, Pdf, Prepared};
use super::source::Decoder;
use super::source::FileKey;
use super::typeset::{
    Canvas, Fonts, MARGIN, PAGE_HEIGHT, PAGE_WIDTH, STAMP_BAND, Style, compressed, num, text_string, wrap,
};
use super::{Issue, Subject};
use crate::exhibits::{Exhibit, ExhibitPlan, page_range};
use crate::model::Case;
use lopdf::{Dictionary, Document, Object, ObjectId, Stream, dictionary};
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::ops::Range;

fn matrix_ops(m: Matrix) -> String {
    m.iter().map(|v| num(*v)).collect::<Vec<_>>().join(" ")
}

/// Copies objects from one source document on demand, each once, with
/// fresh ids; references to the source's pages become references to the
/// pages that replace them, and its page tree and catalog are left behind.
struct Importer<'s> {
    src: &'s Document,
    map: HashMap<ObjectId, Option<ObjectId>>,
    queue: Vec<(ObjectId, ObjectId)>,
}

impl<'s> Importer<'s> {
    fn new(src: &'s Document, pages: &[(ObjectId, ObjectId)]) -> Importer<'s> {
        let map = pages.iter().map(|&(old, new)| (old, Some(new))).collect();
        Importer {
            src,
            map,
            queue: Vec::new(),
        }
    }

    fn reference(&mut self, dst: &mut Document, old: ObjectId) -> Option<ObjectId> {
        if let Some(&known) = self.map.get(&old) {
            return known;
        }
        let copied = match self.src.objects.get(&old) {
            None => None,
            Some(Object::Dictionary(d))
                if d.has_type(b"Pages") || d.has_type(b"Catalog") || d.has_type(b"Page") =>
            {
                None
            }
            Some(_) => {
                let new = dst.new_object_id();
                self.queue.push((old, new));
                Some(new)
            }
        };
        self.map.insert(old, copied);
        copied
    }

    fn copy(&mut self, dst: &mut Document, object: &Object) -> Object {
        match object {
            Object::Reference(id) => self.reference(dst, *id).map_or(Object::Null, Object::Reference),
            Object::Array(items) => Object::Array(items.iter().map(|o| self.copy(dst, o)).collect()),
            Object::Dictionary(dict) => Object::Dictionary(self.copy_dict(dst, dict)),
            Object::Stream(stream) => {
                let mut copy = Stream::new(self.copy_dict(dst, &stream.dict), stream.content.clone());
                copy.allows_compression = false;
                Object::Stream(copy)
            }
            other => other.clone(),
        }
    }

    fn copy_dict(&mut self, dst: &mut Document, dict: &Dictionary) -> Dictionary {
        let mut out = Dictionary::new();
        for (key, value) in dict.iter() {
            out.set(key.clone(), self.copy(dst, value));
        }
        out
    }

    /// Copies everything referenced so far, and what that references.
    fn drain(&mut self, dst: &mut Document) {
        while let Some((old, new)) = self.queue.pop() {
            let src = self.src;
            let copy = src.objects.get(&old).map_or(Object::Null, |o| self.copy(dst, o));
            dst.objects.insert(new, copy);
        }
    }
}

/// What one copied page draws besides its own content, and the objects
/// to finish once its document's objects are all copied.
struct PageDraw {
    xobjects: Dictionary,
    properties: Dictionary,
    ops: String,
    /// Annotations kept as annotations, for the page's `Annots`.
    kept: Vec<Object>,
    /// Appearance streams drawn with `Do`.
    appearances: Vec<ObjectId>,
    /// The kept annotations' ids, whose destinations follow the pages.
    links: Vec<ObjectId>,
}

/// The text at the foot of an exhibit page.
pub struct Stamp {
    pub exhibit: String,
    pub packet: String,
    /// The beneficiary and the receipt number, so that a page fallen out
    /// of the stack can be matched to its filing.
    pub clerk: String,
}

/// Why a volume could not be written.
#[derive(Debug)]
pub enum BuildError {
    /// Writing the output failed.
    Io(std::io::Error),
    /// A document could not be read again (it changed since preflight).
    Input { file: String, message: String },
}

impl From<std::io::Error> for BuildError {
    fn from(e: std::io::Error) -> Self {
        BuildError::Io(e)
    }
}

/// Where a volume's bytes go, counted and hashed as they pass (the hash
/// is the document id).
struct Sink<'w> {
    out: &'w mut dyn Write,
    written: u64,
    hash: [u64; 2],
}

impl Write for Sink<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.out.write(buf)?;
        self.written += n as u64;
        for &b in &buf[..n] {
            for h in &mut self.hash {
                *h = (*h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
            }
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// One output PDF being put together and written as it goes: the objects
/// of each document are written once it is copied, and only the page tree,
/// fonts, bookmarks and labels wait for the end. So a volume holds one
/// document at a time, never the whole packet.
pub struct Builder<'w> {
    /// The objects not yet written.
    doc: Document,
    out: Sink<'w>,
    /// Where each written object starts.
    offsets: BTreeMap<u32, (u64, u16)>,
    pages_id: ObjectId,
    fonts_id: ObjectId,
    pub fonts: Fonts,
    kids: Vec<ObjectId>,
    outline: Vec<(String, ObjectId)>,
    /// Page labels (`/PageLabels`): from which page, which label.
    labels: Vec<(usize, Dictionary)>,
    /// Each copied document's optional content settings (`OCProperties`).
    layers: Vec<Object>,
    /// Images already in this volume, by file: one cited by several
    /// exhibits is read and written once.
    images: HashMap<FileKey, (ObjectId, String)>,
}

impl<'w> Builder<'w> {
    pub fn new(out: &'w mut dyn Write) -> std::io::Result<Builder<'w>> {
        let mut doc = Document::with_version("1.7");
        let pages_id = doc.new_object_id();
        let fonts_id = doc.new_object_id();
        let mut out = Sink {
            out,
            written: 0,
            hash: [0xcbf2_9ce4_8422_2325, 0x6c62_272e_07bb_0142],
        };
        out.write_all(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n")?;
        Ok(Builder {
            doc,
            out,
            offsets: BTreeMap::new(),
            pages_id,
            fonts_id,
            fonts: Fonts::default(),
            kids: Vec::new(),
            outline: Vec::new(),
            labels: Vec::new(),
            layers: Vec::new(),
            images: HashMap::new(),
        })
    }

    /// Writes every object made so far, and lets them go.
    fn flush(&mut self) -> std::io::Result<()> {
        let objects = std::mem::take(&mut self.doc.objects);
        for (id, mut object) in objects {
            if let Object::Stream(stream) = &mut object {
                stream.dict.set("Length", stream.content.len() as i64);
            }
            self.offsets.insert(id.0, (self.out.written, id.1));
            writeln!(self.out, "{} {} obj", id.0, id.1)?;
            if lopdf::Writer::need_separator(&object) {
                self.out.write_all(b" ")?;
            }
            lopdf::Writer::write_object(&mut self.out, &object).map_err(std::io::Error::other)?;
            if lopdf::Writer::need_end_separator(&object) {
                self.out.write_all(b" ")?;
            }
            self.out.write_all(b"\nendobj\n")?;
        }
        Ok(())
    }
    pub fn page_count(&self) -> usize {
        self.kids.len()
    }

    /// Labels the pages added from now on, as a viewer's page box shows
    /// them: `prefix` alone, or followed by a number from `start`.
    pub fn label(&mut self, prefix: Option<&str>, start: Option<u64>) {
        let mut label = Dictionary::new();
        if let Some(prefix) = prefix {
            label.set("P", text_string(prefix));
        }
        if let Some(start) = start {
            label.set("S", "D");
            label.set("St", start as i64);
        }
        let at = self.kids.len();
        self.labels.retain(|(from, _)| *from != at);
        self.labels.push((at, label));
    }

    /// Adds a bookmark to the page `page`.
    pub fn bookmark(&mut self, title: String, page: ObjectId) {
        self.outline.push((title, page));
    }

    /// A Letter page `rebut` draws.
    pub fn drawn_page(&mut self, canvas: Canvas) -> ObjectId {
        let content = self
            .doc
            .add_object(compressed(Dictionary::new(), canvas.ops.into_bytes()));
        let page = self.doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => self.pages_id,
            "MediaBox" => letter_box(),
            "Resources" => dictionary! { "Font" => self.fonts_id },
            "Contents" => content,
        });
        self.kids.push(page);
        page
    }

    /// Copies every page of `src`: as it is (front documents) when `stamp`
    /// is `None`, else onto Letter with the stamp it gives for each page
    /// (1-based). Returns the new pages' ids.
    pub fn pdf(&mut self, pdf: &Pdf, stamp: Option<&dyn Fn(u32) -> Stamp>) -> Vec<ObjectId> {
        let src = &pdf.doc;
        let pages = &pdf.pages;
        let mut decoder = Decoder::default();
        let pairs: Vec<(ObjectId, ObjectId)> =
            pages.iter().map(|&old| (old, self.doc.new_object_id())).collect();
        let mut importer = Importer::new(src, &pairs);
        // Where each page goes, known before any is copied: a link to a
        // later page needs that page's placement.
        let placed: Vec<(Geometry, [f32; 4], Matrix)> = pairs
            .iter()
            .map(|&(old, _)| {
                let geometry = Geometry::of(src, old);
                let (page_box, placement) = placement(&geometry, stamp.is_some());
                (geometry, page_box, placement)
            })
            .collect();
        let placements: HashMap<ObjectId, Matrix> = pairs
            .iter()
            .zip(&placed)
            .map(|(&(_, new), &(_, _, m))| (new, m))
            .collect();
        let mut appearances = Vec::new();
        let mut links = Vec::new();
        for (n, (&(old, new), &(geometry, page_box, placement))) in pairs.iter().zip(&placed).enumerate() {
            let form = self.page_form(src, old, &geometry, &mut importer, &mut decoder);
            let mut draw = PageDraw {
                xobjects: dictionary! { "RbPage" => form },
                properties: Dictionary::new(),
                ops: format!("q {} cm /RbPage Do\n", matrix_ops(placement)),
                kept: Vec::new(),
                appearances: Vec::new(),
                links: Vec::new(),
            };
            self.annotations_onto(src, (old, new), &geometry, placement, &mut importer, &mut draw);
            let PageDraw {
                xobjects,
                properties,
                mut ops,
                kept,
                appearances: drawn,
                links: kept_ids,
            } = draw;
            appearances.extend(drawn);
            links.extend(kept_ids);
            ops.push_str("Q\n");
            let mut resources = dictionary! { "XObject" => xobjects };
            if !properties.is_empty() {
                resources.set("Properties", properties);
            }
            if let Some(stamp) = stamp {
                let stamp = stamp(n as u32 + 1);
                let mut canvas = Canvas::default();
                stamp_text(&mut canvas, &mut self.fonts, &stamp, page_box[2]);
                ops.push_str(&canvas.ops);
                resources.set("Font", self.fonts_id);
            }
            let content = self
                .doc
                .add_object(compressed(Dictionary::new(), ops.into_bytes()));
            let mut page = dictionary! {
                "Type" => "Page",
                "Parent" => self.pages_id,
                "MediaBox" => page_box.iter().map(|v| Object::Real(*v)).collect::<Vec<_>>(),
                "Resources" => resources,
                "Contents" => content,
            };
            if !kept.is_empty() {
                page.set("Annots", kept);
            }
            self.doc.objects.insert(new, Object::Dictionary(page));
            self.kids.push(new);
        }
        self.carry_layers(src, &mut importer);
        importer.drain(&mut self.doc);
        for id in appearances {
            // An appearance drawn with `Do` must say it is a form.
            if let Some(Object::Stream(stream)) = self.doc.objects.get_mut(&id) {
                stream.dict.set("Type", "XObject");
                stream.dict.set("Subtype", "Form");
            }
        }
        for id in links {
            if let Some(Object::Dictionary(dict)) = self.doc.objects.get_mut(&id) {
                if let Ok(dest) = dict.get_mut(b"Dest") {
                    annots::transform_dest(dest, &placements);
                }
                if let Ok(Object::Dictionary(action)) = dict.get_mut(b"A")
                    && let Ok(dest) = action.get_mut(b"D")
                {
                    annots::transform_dest(dest, &placements);
                }
            }
        }
        pairs.into_iter().map(|(_, new)| new).collect()
    }

    /// The layers' settings come along, so that what is off stays off.
    fn carry_layers(&mut self, src: &Document, importer: &mut Importer) {
        if let Some(mut layers) = src
            .catalog()
            .ok()
            .and_then(|c| c.get(b"OCProperties").ok())
            .map(|o| resolve(src, o).clone())
        {
            // The default settings are read when the volume ends, after
            // this document's objects are written: keep them direct.
            if let Object::Dictionary(d) = &mut layers
                && let Ok(config) = d.get(b"D").map(|c| resolve(src, c).clone())
            {
                d.set("D", config);
            }
            let copied = importer.copy(&mut self.doc, &layers);
            self.layers.push(copied);
        }
    }

    /// Draws a page's annotations into it from their appearances, or keeps
    /// them as annotations (made safe, moved with the page); leaves out
    /// what would not show on paper.
    fn annotations_onto(
        &mut self,
        src: &Document,
        (old, new): (ObjectId, ObjectId),
        geometry: &Geometry,
        placement: Matrix,
        importer: &mut Importer,
        draw: &mut PageDraw,
    ) {
        for (i, annotation) in annotations(src, old).into_iter().enumerate() {
            // What is hidden, does not print, or lies outside the
            // visible box does not show on paper.
            let Ok(dict) = resolve(src, &annotation.object).as_dict() else {
                continue;
            };
            let area = annots::extent(dict).or(annotation.rect);
            if !annotation.shown || area.is_some_and(|r| !annots::overlaps(r, geometry.crop)) {
                continue;
            }
            let flattened = annotation
                .appearance
                .zip(annotation.rect)
                .and_then(|(ap, r)| appearance_matrix(src, ap, r).map(|m| (ap, m)));
            if let Some((ap, m)) = flattened {
                if let Some(id) = importer.reference(&mut self.doc, ap) {
                    let name = format!("RbAnnot{i}");
                    let drawn = format!("q {} cm /{name} Do Q", matrix_ops(m));
                    // An annotation on a layer shows when its layer does.
                    match &annotation.oc {
                        Some(oc) => {
                            let tag = format!("RbOC{i}");
                            draw.properties.set(tag.clone(), importer.copy(&mut self.doc, oc));
                            draw.ops.push_str(&format!("/OC /{tag} BDC {drawn} EMC\n"));
                        }
                        None => draw.ops.push_str(&format!("{drawn}\n")),
                    }
                    draw.xobjects.set(name, id);
                    draw.appearances.push(id);
                }
                continue;
            }
            let Some(safe) = annots::sanitize(src, dict) else {
                continue;
            };
            let Object::Dictionary(mut copy) = importer.copy(&mut self.doc, &Object::Dictionary(safe)) else {
                continue;
            };
            annots::transform(&mut copy, placement);
            copy.set("P", new);
            let id = self.doc.add_object(copy);
            draw.links.push(id);
            draw.kept.push(Object::Reference(id));
        }
    }

    /// The source page as a form XObject: its content, its resources, its
    /// visible box as the bounding box.
    fn page_form(
        &mut self,
        src: &Document,
        page: ObjectId,
        geometry: &Geometry,
        importer: &mut Importer,
        decoder: &mut Decoder,
    ) -> ObjectId {
        let resources = inherited(src, page, b"Resources")
            .map(|r| importer.copy(&mut self.doc, r))
            .unwrap_or_else(|| Object::Dictionary(Dictionary::new()));
        let mut stream = match page_content(src, page, decoder) {
            Ok(PageContent::Single(id)) => match src.get_object(id) {
                Ok(Object::Stream(s)) => {
                    let mut dict = Dictionary::new();
                    for key in [&b"Filter"[..], b"DecodeParms"] {
                        if let Ok(value) = s.dict.get(key) {
                            dict.set(key.to_vec(), importer.copy(&mut self.doc, value));
                        }
                    }
                    Stream::new(dict, s.content.clone()).with_compression(false)
                }
                _ => compressed(Dictionary::new(), Vec::new()),
            },
            Ok(PageContent::Joined(bytes)) => compressed(Dictionary::new(), bytes),
            // Preflight refuses a page whose content cannot be read.
            Err(_) => compressed(Dictionary::new(), Vec::new()),
        };
        stream.dict.set("Type", "XObject");
        stream.dict.set("Subtype", "Form");
        stream.dict.set(
            "BBox",
            geometry.crop.iter().map(|v| Object::Real(*v)).collect::<Vec<_>>(),
        );
        stream.dict.set("Resources", resources);
        if let Some(group) = src.get_dictionary(page).ok().and_then(|p| p.get(b"Group").ok()) {
            stream.dict.set("Group", importer.copy(&mut self.doc, group));
        }
        self.doc.add_object(stream)
    }

    /// An image (its XObject and where it goes), as large as fits inside
    /// the margins of a Letter page.
    fn image_page(&mut self, id: ObjectId, placement: &str, stamp: Option<Stamp>) -> ObjectId {
        let mut canvas = Canvas {
            ops: format!("q {placement} cm /RbImage Do Q\n"),
        };
        if let Some(stamp) = stamp {
            stamp_text(&mut canvas, &mut self.fonts, &stamp, PAGE_WIDTH);
        }
        let content = self
            .doc
            .add_object(compressed(Dictionary::new(), canvas.ops.into_bytes()));
        let page = self.doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => self.pages_id,
            "MediaBox" => letter_box(),
            "Resources" => dictionary! {
                "Font" => self.fonts_id,
                "XObject" => dictionary! { "RbImage" => id },
            },
            "Contents" => content,
        });
        self.kids.push(page);
        page
    }

    /// Adds a document's pages, stamped or not, read from its file now and
    /// written out before the next; returns its first page.
    pub fn part(
        &mut self,
        part: &Part,
        stamp: Option<&dyn Fn(u32) -> Stamp>,
    ) -> Result<Option<ObjectId>, BuildError> {
        let first = match self.images.get(&part.key).cloned() {
            Some((id, placement)) => Some(self.image_page(id, &placement, stamp.map(|s| s(1)))),
            None => match part.open().map_err(|message| BuildError::Input {
                file: part.file.clone(),
                message,
            })? {
                Content::Pdf(pdf) => self.pdf(&pdf, stamp).first().copied(),
                Content::Image(image) => {
                    let id = image.embed(&mut self.doc);
                    let bottom = MARGIN.max(STAMP_BAND + 12.0);
                    let placement = image.placement(
                        MARGIN,
                        bottom,
                        PAGE_WIDTH - 2.0 * MARGIN,
                        PAGE_HEIGHT - MARGIN - bottom,
                    );
                    self.images.insert(part.key, (id, placement.clone()));
                    Some(self.image_page(id, &placement, stamp.map(|s| s(1))))
                }
            },
        };
        self.flush()?;
        Ok(first)
    }

    /// The finished PDF: fonts embedded, page tree, bookmarks, labels, a
    /// document id hashed from the content, and no dates, so that the same
    /// inputs give the same bytes. Returns the bytes written.
    pub fn finish(mut self, title: &str) -> std::io::Result<u64> {
        let fonts = self.fonts.embed(&mut self.doc);
        self.doc.objects.insert(self.fonts_id, Object::Dictionary(fonts));
        let count = self.kids.len() as i64;
        let kids: Vec<Object> = self.kids.iter().map(|&k| Object::Reference(k)).collect();
        self.doc.objects.insert(
            self.pages_id,
            Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
        );
        let mut catalog = dictionary! { "Type" => "Catalog", "Pages" => self.pages_id };
        if !self.outline.is_empty() {
            let outline = self.outline_tree();
            catalog.set("Outlines", outline);
            catalog.set("PageMode", "UseOutlines");
        }
        if !self.labels.is_empty() {
            let nums: Vec<Object> = std::mem::take(&mut self.labels)
                .into_iter()
                .flat_map(|(from, label)| [Object::Integer(from as i64), Object::Dictionary(label)])
                .collect();
            catalog.set("PageLabels", dictionary! { "Nums" => nums });
        }
        if let Some(layers) = self.merged_layers() {
            catalog.set("OCProperties", layers);
        }
        let catalog = self.doc.add_object(catalog);
        let info = self.doc.add_object(dictionary! {
            "Title" => text_string(title),
            "Producer" => text_string(concat!("rebut ", env!("CARGO_PKG_VERSION"))),
        });
        self.flush()?;
        let xref = self.out.written;
        let size = self.doc.max_id + 1;
        write!(self.out, "xref\n0 {size}\n0000000000 65535 f\r\n")?;
        for n in 1..size {
            match self.offsets.get(&n) {
                Some((offset, generation)) => write!(self.out, "{offset:010} {generation:05} n\r\n")?,
                None => write!(self.out, "0000000000 00001 f\r\n")?,
            }
        }
        let id: String = self.out.hash.iter().map(|h| format!("{h:016X}")).collect();
        write!(
            self.out,
            "trailer\n<</Size {size}/Root {} 0 R/Info {} 0 R/ID[<{id}><{id}>]>>\nstartxref\n{xref}\n%%EOF\n",
            catalog.0, info.0
        )?;
        self.out.flush()?;
        Ok(self.out.written)
    }

    /// One set of layer settings for the packet from those of its
    /// documents: every layer, and off what was off in its own document
    /// (explicitly, or by a base state of off).
    fn merged_layers(&self) -> Option<Dictionary> {
        let mut ocgs = Vec::new();
        let mut on = Vec::new();
        let mut off = Vec::new();
        let mut order = Vec::new();
        let mut usage = Vec::new();
        let array = |d: &Dictionary, key: &[u8]| -> Vec<Object> {
            d.get(key)
                .ok()
                .and_then(|a| a.as_array().ok())
                .cloned()
                .unwrap_or_default()
        };
        for layers in &self.layers {
            let Ok(layers) = layers.as_dict() else {
                continue;
            };
            let groups = array(layers, b"OCGs");
            let config = layers.get(b"D").ok().and_then(|d| d.as_dict().ok());
            if let Some(config) = config {
                let its_on = array(config, b"ON");
                let its_off = array(config, b"OFF");
                if config.get(b"BaseState").and_then(Object::as_name).ok() == Some(b"OFF") {
                    off.extend(groups.iter().filter(|g| !its_on.contains(g)).cloned());
                } else {
                    off.extend(its_off);
                }
                on.extend(its_on);
                order.extend(array(config, b"Order"));
                usage.extend(array(config, b"AS"));
            }
            ocgs.extend(groups);
        }
        if ocgs.is_empty() {
            return None;
        }
        let mut config =
            dictionary! { "Name" => text_string("Packet"), "BaseState" => "ON", "ON" => on, "OFF" => off };
        if !order.is_empty() {
            config.set("Order", order);
        }
        if !usage.is_empty() {
            config.set("AS", usage);
        }
        Some(dictionary! { "OCGs" => ocgs, "D" => config })
    }

    fn outline_tree(&mut self) -> ObjectId {
        let root = self.doc.new_object_id();
        let ids: Vec<ObjectId> = self.outline.iter().map(|_| self.doc.new_object_id()).collect();
        for (n, (title, page)) in self.outline.iter().enumerate() {
            let mut item = dictionary! {
                "Title" => text_string(title),
                "Parent" => root,
                "Dest" => vec![Object::Reference(*page), "Fit".into()],
            };
            if n > 0 {
                item.set("Prev", ids[n - 1]);
            }
            if n + 1 < ids.len() {
                item.set("Next", ids[n + 1]);
            }
            self.doc.objects.insert(ids[n], Object::Dictionary(item));
        }
        self.doc.objects.insert(
            root,
            Object::Dictionary(dictionary! {
                "Type" => "Outlines",
                "First" => ids[0],
                "Last" => ids[ids.len() - 1],
                "Count" => ids.len() as i64,
            }),
        );
        root
    }
}

/// The page a source page goes on, and the matrix that puts it there: as
/// it is, turned upright (front documents), or scaled onto Letter above
/// the stamp band (exhibit pages).
fn placement(geometry: &Geometry, stamped: bool) -> ([f32; 4], Matrix) {
    let (w, h) = geometry.visible_size();
    if !stamped {
        return ([0.0, 0.0, w, h], geometry.upright());
    }
    // A page shown landscape goes on Letter turned landscape.
    let (pw, ph) = if w > h {
        (PAGE_HEIGHT, PAGE_WIDTH)
    } else {
        (PAGE_WIDTH, PAGE_HEIGHT)
    };
    let room = ph - STAMP_BAND;
    let s = (pw / w).min(room / h);
    let (tx, ty) = ((pw - s * w) / 2.0, STAMP_BAND + (room - s * h) / 2.0);
    (
        [0.0, 0.0, pw, ph],
        mul(geometry.upright(), [s, 0.0, 0.0, s, tx, ty]),
    )
}

fn letter_box() -> Vec<Object> {
    vec![
        0.into(),
        0.into(),
        Object::Real(PAGE_WIDTH),
        Object::Real(PAGE_HEIGHT),
    ]
}

/// Where an appearance stream goes on its page (PDF 32000-1, 12.5.5): its
/// bounding box, transformed by its matrix, fitted onto the annotation's
/// rectangle.
fn appearance_matrix(doc: &Document, appearance: ObjectId, target: [f32; 4]) -> Option<Matrix> {
    let dict = &doc.get_object(appearance).ok()?.as_stream().ok()?.dict;
    let bbox = rect(doc, dict.get(b"BBox").ok()?)?;
    let own = dict
        .get(b"Matrix")
        .ok()
        .and_then(|m| resolve(doc, m).as_array().ok())
        .and_then(|m| {
            let v: Vec<f32> = m.iter().filter_map(|o| number(resolve(doc, o))).collect();
            <[f32; 6]>::try_from(v).ok()
        })
        .unwrap_or(IDENTITY);
    let shown = transform_rect(own, bbox);
    let (bw, bh) = (shown[2] - shown[0], shown[3] - shown[1]);
    if bw.abs() < 1e-3 || bh.abs() < 1e-3 {
        return None;
    }
    let sx = (target[2] - target[0]) / bw;
    let sy = (target[3] - target[1]) / bh;
    Some([
        sx,
        0.0,
        0.0,
        sy,
        target[0] - shown[0] * sx,
        target[1] - shown[1] * sy,
    ])
}

fn stamp_text(canvas: &mut Canvas, fonts: &mut Fonts, stamp: &Stamp, page_width: f32) {
    let baseline = 16.0;
    canvas.text(fonts, Style::Regular, 9.0, MARGIN, baseline, &stamp.exhibit);
    if !stamp.clerk.is_empty() {
        canvas.text(fonts, Style::Regular, 7.0, MARGIN, baseline + 11.0, &stamp.clerk);
    }
    canvas.right(
        fonts,
        Style::Bold,
        10.0,
        page_width - MARGIN,
        baseline,
        &stamp.packet,
    );
}

/// How the volumes of a packet are told apart on their index pages.
struct VolumeLabel {
    number: usize,
    count: usize,
}

/// Where the packet splits into volumes, at exhibit boundaries, so that
/// each is at most `max_bytes` (positions in `prepared.items`). A packet
/// well under the limit by its files' sizes is one volume without more
/// ado; otherwise volumes are measured by building them into nothing.
pub fn plan_volumes(
    case: &Case,
    plan: &ExhibitPlan,
    prepared: &Prepared,
    max_bytes: u64,
) -> Result<Vec<Range<usize>>, BuildError> {
    let items = prepared.items.len();
    let estimate = |i: usize| {
        let item = &prepared.items[i];
        item.original.bytes + item.translation.as_ref().map_or(0, |t| t.bytes) + 4_000
    };
    let fronts: u64 = prepared.fronts.iter().map(|f| f.bytes).sum();
    // Fonts, index and structure; the real size is measured after.
    let overhead = 60_000;
    if overhead + fronts + (0..items).map(estimate).sum::<u64>() <= max_bytes / 2 {
        return Ok(std::iter::once(0..items).collect());
    }
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    while start < items || ranges.is_empty() {
        let mut size = overhead + if ranges.is_empty() { fronts } else { 0 };
        let mut end = start;
        while end < items && (end == start || size + estimate(end) <= max_bytes) {
            size += estimate(end);
            end += 1;
        }
        // Measure, and give exhibits back to the next volume while this
        // one is over the limit and has more than one.
        loop {
            let alone = start == 0 && end == items;
            let label = VolumeLabel {
                number: ranges.len() + 1,
                count: if alone { 1 } else { ranges.len() + 2 },
            };
            let len = build(
                case,
                plan,
                prepared,
                start..end,
                ranges.is_empty(),
                &label,
                &mut std::io::sink(),
            )?
            .bytes;
            if len <= max_bytes || end - start <= 1 {
                break;
            }
            let fits = ((end - start) as u64 * max_bytes / len) as usize;
            end = start + fits.clamp(1, end - start - 1);
        }
        ranges.push(start..end);
        start = end;
        if items == 0 {
            break;
        }
    }
    Ok(ranges)
}

/// Writes volume `n` of those `ranges` plans to `out`.
pub fn write_volume(
    case: &Case,
    plan: &ExhibitPlan,
    prepared: &Prepared,
    ranges: &[Range<usize>],
    n: usize,
    out: &mut dyn Write,
) -> Result<Built, BuildError> {
    let label = VolumeLabel {
        number: n + 1,
        count: ranges.len(),
    };
    build(case, plan, prepared, ranges[n].clone(), n == 0, &label, out)
}

/// The exhibits (positions in the exhibit plan) of some of the items.
pub fn exhibits_of(prepared: &Prepared, items: Range<usize>) -> Range<usize> {
    items
        .map(|i| prepared.items[i].exhibit)
        .fold(None, |acc: Option<Range<usize>>, x| match acc {
            None => Some(x..x + 1),
            Some(r) => Some(r.start..x + 1),
        })
        .unwrap_or(0..0)
}

/// What the written volumes call for: one over the limit, characters the
/// typeface lacks.
pub fn volume_warnings(
    case: &Case,
    plan: &ExhibitPlan,
    prepared: &Prepared,
    ranges: &[Range<usize>],
    written: &[Built],
    max_bytes: u64,
) -> Vec<Issue> {
    let mut warnings = Vec::new();
    let mut lacking = std::collections::BTreeSet::new();
    for (n, (range, built)) in ranges.iter().zip(written).enumerate() {
        lacking.extend(built.missing.iter().copied());
        if built.bytes <= max_bytes {
            continue;
        }
        if let [item] = &prepared.items[range.clone()] {
            let exhibit = &plan.exhibits[item.exhibit];
            warnings.push(Issue {
                subject: Subject::Exhibit {
                    letter: exhibit.letter.clone(),
                    id: case.evidence[exhibit.evidence].id.clone(),
                },
                file: Some(item.original.file.clone()),
                loc: None,
                message: format!(
                    "is larger than the limit on its own ({} of {}); it has a volume of its own",
                    megabytes(built.bytes),
                    megabytes(max_bytes)
                ),
            });
        } else {
            warnings.push(Issue {
                subject: Subject::Packet,
                file: None,
                loc: None,
                message: format!(
                    "volume {} is {}, over the limit of {}",
                    n + 1,
                    megabytes(built.bytes),
                    megabytes(max_bytes)
                ),
            });
        }
    }
    if !lacking.is_empty() {
        let shown: Vec<String> = lacking
            .iter()
            .map(|c| format!("{c} (U+{:04X})", u32::from(*c)))
            .collect();
        warnings.push(Issue {
            subject: Subject::Packet,
            file: None,
            loc: None,
            message: format!(
                "the packet's typeface lacks {}; these print as \"?\" in the index, dividers and stamps \
(the bookmarks keep them): write the names or titles in Latin, Greek or Cyrillic letters",
                shown.join(", ")
            ),
        });
    }
    warnings
}

fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}

/// One volume: the front documents (first volume only), its index, then
/// each exhibit's divider, pages and translation.
fn build(
    case: &Case,
    plan: &ExhibitPlan,
    prepared: &Prepared,
    items: Range<usize>,
    with_fronts: bool,
    label: &VolumeLabel,
    out: &mut dyn Write,
) -> Result<Built, BuildError> {
    let mut builder = Builder::new(out)?;
    if with_fronts && !prepared.fronts.is_empty() {
        // Front matter is numbered i, ii, iii… in a viewer's page box.
        builder.labels.push((0, dictionary! { "S" => "r" }));
        for front in &prepared.fronts {
            if let Some(first) = builder.part(front, None)? {
                let name = std::path::Path::new(&front.file)
                    .file_name()
                    .map_or_else(|| front.file.clone(), |n| n.to_string_lossy().into_owned());
                builder.bookmark(name, first);
            }
        }
    }
    let items = &prepared.items[items];
    let exhibits: Vec<&Exhibit> = items.iter().map(|i| &plan.exhibits[i.exhibit]).collect();
    builder.label(Some("Index "), Some(1));
    let index_pages = index(&mut builder, case, &exhibits, label);
    if let Some(&first) = index_pages.first() {
        builder.bookmark("Index of Exhibits".into(), first);
    }
    for (item, exhibit) in items.iter().zip(&exhibits) {
        let evidence = &case.evidence[exhibit.evidence];
        builder.label(Some(&format!("Exhibit {}", exhibit.letter)), None);
        let divider = divider(&mut builder, case, exhibit);
        // The viewer's page box shows the packet page the stamp shows.
        builder.label(None, Some(exhibit.first_page));
        let clerk = clerk_line(case);
        builder.bookmark(format!("Exhibit {}: {}", exhibit.letter, evidence.title), divider);
        let letter = &exhibit.letter;
        let pages = exhibit.pages;
        let original = |page: u32| Stamp {
            exhibit: format!("Exhibit {letter}, page {page} of {pages}"),
            packet: format!("p. {}", exhibit.packet_page(page)),
            clerk: clerk.clone(),
        };
        builder.part(&item.original, Some(&original))?;
        if let Some(translation) = &item.translation {
            let pages = exhibit.translation_pages;
            let stamp = |page: u32| Stamp {
                exhibit: format!("Exhibit {letter}, translation, page {page} of {pages}"),
                packet: format!("p. {}", exhibit.translation_packet_page(page)),
                clerk: clerk.clone(),
            };
            builder.part(translation, Some(&stamp))?;
        }
    }
    let pages = builder.page_count();
    let missing = builder.fonts.missing();
    let title = format!("{}: exhibits", case.info.title);
    Ok(Built {
        bytes: builder.finish(&title)?,
        pages,
        missing,
    })
}

/// A volume as written.
#[derive(Debug, Clone)]
pub struct Built {
    pub bytes: u64,
    pub pages: usize,
    /// Characters the font lacks, printed as "?".
    pub missing: std::collections::BTreeSet<char>,
}

/// "José Peña Núñez · Receipt No. IOE0912345678", or the name alone. After
/// a denial the packet goes with a new request, whose receipt is not known
/// yet: the number on file is the denied request's, and says so ("Prior
/// Receipt No."), as the memo's Re line does.
fn clerk_line(case: &Case) -> String {
    let name = &case.info.beneficiary.name;
    let prior = if case.info.decision.kind == crate::model::DecisionKind::Denial {
        "Prior "
    } else {
        ""
    };
    match &case.info.receipt {
        Some(receipt) => format!("{name} \u{b7} {prior}Receipt No. {}", receipt.value),
        None => name.clone(),
    }
}

fn divider(builder: &mut Builder, case: &Case, exhibit: &Exhibit) -> ObjectId {
    let evidence = &case.evidence[exhibit.evidence];
    let mut canvas = Canvas::default();
    let centre = PAGE_WIDTH / 2.0;
    let fonts = &mut builder.fonts;
    canvas.centred(
        fonts,
        Style::Bold,
        40.0,
        centre,
        480.0,
        &format!("EXHIBIT {}", exhibit.letter),
    );
    let mut y = 430.0;
    for line in wrap(
        fonts,
        Style::Regular,
        16.0,
        PAGE_WIDTH - 2.0 * 90.0,
        &evidence.title,
    ) {
        canvas.centred(fonts, Style::Regular, 16.0, centre, y, &line);
        y -= 21.0;
    }
    if let Some(detail) = detail(evidence) {
        y -= 6.0;
        for line in wrap(fonts, Style::Regular, 12.0, PAGE_WIDTH - 2.0 * 90.0, &detail) {
            canvas.centred(fonts, Style::Regular, 12.0, centre, y, &line);
            y -= 16.0;
        }
    }
    if exhibit.translation_pages > 0 {
        canvas.centred(
            fonts,
            Style::Regular,
            12.0,
            centre,
            y - 6.0,
            "with its certified English translation",
        );
    }
    builder.drawn_page(canvas)
}

/// "Dr. Naomi Berg, November 5, 2026".
fn detail(evidence: &crate::model::Evidence) -> Option<String> {
    let date = evidence
        .date
        .as_ref()
        .map(|d| d.value.strftime("%B %-d, %Y").to_string());
    match (&evidence.author, date) {
        (Some(a), Some(d)) => Some(format!("{a}, {d}")),
        (Some(a), None) => Some(a.clone()),
        (None, Some(d)) => Some(d),
        (None, None) => None,
    }
}

const INDEX_TOP: f32 = PAGE_HEIGHT - 72.0;
const INDEX_BOTTOM: f32 = 72.0;
const INDEX_LETTER_X: f32 = MARGIN;
const INDEX_TEXT_X: f32 = MARGIN + 58.0;
const INDEX_TEXT_WIDTH: f32 = 300.0;
const INDEX_PAGES_RIGHT: f32 = 470.0;
const INDEX_PACKET_RIGHT: f32 = PAGE_WIDTH - MARGIN;

/// The exhibit index of one volume, on as many pages as it takes.
fn index(builder: &mut Builder, case: &Case, exhibits: &[&Exhibit], label: &VolumeLabel) -> Vec<ObjectId> {
    let mut pages = Vec::new();
    let mut canvas = Canvas::default();
    let mut y = INDEX_TOP;
    let clerk = clerk_line(case);
    let header = IndexHeader {
        title: &case.info.title,
        exhibits,
        label,
        clerk: &clerk,
    };
    header.draw(&mut canvas, &mut builder.fonts, &mut y, false);
    if exhibits.is_empty() {
        canvas.text(
            &mut builder.fonts,
            Style::Regular,
            11.0,
            INDEX_TEXT_X,
            y,
            "No exhibits.",
        );
    }
    for exhibit in exhibits {
        let evidence = &case.evidence[exhibit.evidence];
        let lines = index_description(&mut builder.fonts, evidence, exhibit);
        let height: f32 = lines.iter().map(|(_, size, _)| size + 3.5).sum::<f32>() + 8.0;
        if y - height < INDEX_BOTTOM {
            pages.push(builder.drawn_page(std::mem::take(&mut canvas)));
            y = INDEX_TOP;
            header.draw(&mut canvas, &mut builder.fonts, &mut y, true);
        }
        index_row(&mut canvas, &mut builder.fonts, exhibit, &lines, &mut y);
    }
    pages.push(builder.drawn_page(canvas));
    pages
}

/// What heads every page of one volume's index.
struct IndexHeader<'a> {
    title: &'a str,
    exhibits: &'a [&'a Exhibit],
    label: &'a VolumeLabel,
    /// The beneficiary and the receipt number.
    clerk: &'a str,
}

impl IndexHeader<'_> {
    /// The heading, the case title, the volume line and the column heads,
    /// drawn down from `y`.
    fn draw(&self, canvas: &mut Canvas, fonts: &mut Fonts, y: &mut f32, continued: bool) {
        let centre = PAGE_WIDTH / 2.0;
        let heading = if continued {
            "INDEX OF EXHIBITS (continued)"
        } else {
            "INDEX OF EXHIBITS"
        };
        canvas.centred(fonts, Style::Bold, 16.0, centre, *y, heading);
        *y -= 22.0;
        for line in wrap(fonts, Style::Regular, 12.0, PAGE_WIDTH - 2.0 * MARGIN, self.title) {
            canvas.centred(fonts, Style::Regular, 12.0, centre, *y, &line);
            *y -= 16.0;
        }
        let clerk = format!("Beneficiary: {}", self.clerk);
        for line in wrap(fonts, Style::Regular, 10.0, PAGE_WIDTH - 2.0 * MARGIN, &clerk) {
            canvas.centred(fonts, Style::Regular, 10.0, centre, *y, &line);
            *y -= 14.0;
        }
        if self.label.count > 1 {
            let held = match (self.exhibits.first(), self.exhibits.last()) {
                (Some(a), Some(b)) if a.letter != b.letter => {
                    format!(": Exhibits {}\u{2013}{}", a.letter, b.letter)
                }
                (Some(a), _) => format!(": Exhibit {}", a.letter),
                _ => String::new(),
            };
            let text = format!("Volume {} of {}{held}", self.label.number, self.label.count);
            canvas.centred(fonts, Style::Regular, 11.0, centre, *y, &text);
            *y -= 16.0;
        }
        *y -= 14.0;
        canvas.text(fonts, Style::Bold, 10.0, INDEX_LETTER_X, *y, "Exhibit");
        canvas.text(fonts, Style::Bold, 10.0, INDEX_TEXT_X, *y, "Description");
        canvas.right(fonts, Style::Bold, 10.0, INDEX_PAGES_RIGHT, *y, "Pages");
        canvas.right(fonts, Style::Bold, 10.0, INDEX_PACKET_RIGHT, *y, "Packet pages");
        *y -= 6.0;
        canvas.rule(MARGIN, PAGE_WIDTH - MARGIN, *y, 0.6);
        *y -= 16.0;
    }
}

/// An exhibit's description in the index, wrapped: its title, then the
/// author and date and the note of a certified translation in smaller type.
fn index_description(
    fonts: &mut Fonts,
    evidence: &crate::model::Evidence,
    exhibit: &Exhibit,
) -> Vec<(Style, f32, String)> {
    let mut lines: Vec<(Style, f32, String)> =
        wrap(fonts, Style::Regular, 11.0, INDEX_TEXT_WIDTH, &evidence.title)
            .into_iter()
            .map(|l| (Style::Regular, 11.0, l))
            .collect();
    let mut notes: Vec<String> = detail(evidence).into_iter().collect();
    if exhibit.translation_pages > 0 {
        let by = evidence
            .translation
            .as_ref()
            .and_then(|t| t.translator.as_deref())
            .map(|t| format!(" by {t}"))
            .unwrap_or_default();
        notes.push(format!(
            "Certified English translation{by} follows ({} page{})",
            exhibit.translation_pages,
            if exhibit.translation_pages == 1 { "" } else { "s" }
        ));
    }
    for note in notes {
        for line in wrap(fonts, Style::Regular, 9.5, INDEX_TEXT_WIDTH, &note) {
            lines.push((Style::Regular, 9.5, line));
        }
    }
    lines
}

/// One exhibit's row of the index: letter, description, its page count and
/// where it sits in the packet, drawn down from `y`.
fn index_row(
    canvas: &mut Canvas,
    fonts: &mut Fonts,
    exhibit: &Exhibit,
    lines: &[(Style, f32, String)],
    y: &mut f32,
) {
    canvas.text(fonts, Style::Bold, 11.0, INDEX_LETTER_X, *y, &exhibit.letter);
    canvas.right(
        fonts,
        Style::Regular,
        11.0,
        INDEX_PAGES_RIGHT,
        *y,
        &exhibit.pages.to_string(),
    );
    canvas.right(
        fonts,
        Style::Regular,
        11.0,
        INDEX_PACKET_RIGHT,
        *y,
        &page_range(exhibit.first_page, exhibit.last_page),
    );
    for (style, size, line) in lines {
        canvas.text(fonts, *style, *size, INDEX_TEXT_X, *y, line);
        *y -= size + 3.5;
    }
    *y -= 8.0;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(kind: &str) -> Case {
        let text = format!(
            "rebut: 1\ncase:\n  title: T\n  beneficiary: {{name: Ana Test, country: Peru}}\n  receipt: IOE0912345678\n  filed: 2026-05-01\n  decision: {{kind: {kind}, date: 2026-10-01}}\ngrounds:\n  - {{id: G1, category: other, quote: Not shown.}}\nevidence: []\n"
        );
        let source = crate::input::Source::from_text("t.yaml", text);
        crate::load::load_case(&source, &crate::playbook::Playbook::builtin()).unwrap()
    }

    #[test]
    fn after_a_denial_the_stamp_names_the_receipt_as_the_prior_requests() {
        assert_eq!(
            clerk_line(&case("noid")),
            "Ana Test \u{b7} Receipt No. IOE0912345678"
        );
        assert_eq!(
            clerk_line(&case("denial")),
            "Ana Test \u{b7} Prior Receipt No. IOE0912345678"
        );
    }
}
