"""The report file inside the DOCX: a custom XML part, as Word keeps data beside a document.

The part is ``/customXml/itemN.xml`` (root ``<report xmlns="urn:ogp-report-studio:report">``
holding the report file's JSON as text) with its properties part, related from the
main document. Word and LibreOffice keep such parts when they save the file.
:mod:`ogp_desktop.embedded` reads it back.
"""

from __future__ import annotations

import uuid

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

from ogp_desktop.embedded import XML_NAMESPACE, XML_ROOT

_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
_DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
# A fixed item id: the same report exports to the same bytes.
_ITEM_ID = "{" + str(uuid.uuid5(uuid.NAMESPACE_URL, XML_NAMESPACE)).upper() + "}"


def attach(word, report_json: bytes) -> None:
    """Add the report file's bytes (UTF-8 JSON) to the python-docx document *word*."""
    root = etree.Element(XML_ROOT, nsmap={None: XML_NAMESPACE})
    # json.dumps escapes control characters, so the text is always legal XML 1.0
    root.text = report_json.decode("utf-8")
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    package = word.part.package
    # python-docx's default template has a custom XML part of its own: take the next free names
    item_name = package.next_partname("/customXml/item%d.xml")
    item = Part(item_name, "application/xml", blob, package)
    props = etree.Element(f"{{{_DS}}}datastoreItem", nsmap={"ds": _DS})
    props.set(f"{{{_DS}}}itemID", _ITEM_ID)
    refs = etree.SubElement(props, f"{{{_DS}}}schemaRefs")
    etree.SubElement(refs, f"{{{_DS}}}schemaRef").set(f"{{{_DS}}}uri", XML_NAMESPACE)
    props_blob = etree.tostring(props, xml_declaration=True, encoding="UTF-8", standalone=True)
    props_name = PackURI(item_name.replace("/item", "/itemProps"))
    item.relate_to(Part(props_name, _PROPS_TYPE, props_blob, package),
                   RT.CUSTOM_XML_PROPS)
    word.part.relate_to(item, RT.CUSTOM_XML)
