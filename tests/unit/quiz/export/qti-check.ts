/** Reads a QTI package back (shared by the unit and build tests): every item with its interaction and correct response. */
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['resource', 'file', 'dependency', 'value', 'simpleChoice', 'mapEntry', 'assessmentItemRef'].includes(name),
});

export interface QtiItemSummary {
  identifier: string;
  href: string;
  interaction: 'choiceInteraction' | 'textEntryInteraction' | 'orderInteraction';
  cardinality: string;
  correct: string[];
  choices: string[];
  maxChoices?: string;
  mapping: Array<{ key: string; caseSensitive: string }>;
  title: string;
}

export interface QtiPackage {
  files: string[];
  itemHrefs: string[];
  testRefs: string[];
  items: QtiItemSummary[];
  invalid: string[];
}

export function readQtiPackage(zip: Uint8Array): QtiPackage {
  const entries = unzipSync(zip);
  const text = (name: string) => strFromU8(entries[name]!);
  const invalid = Object.keys(entries).filter((name) => XMLValidator.validate(text(name)) !== true);
  const manifest = parser.parse(text('imsmanifest.xml')).manifest;
  const resources = manifest.resources.resource as Array<Record<string, string>>;
  const itemHrefs = resources.filter((r) => r['@_type'] === 'imsqti_item_xmlv2p1').map((r) => r['@_href']!);
  const testHref = resources.find((r) => r['@_type'] === 'imsqti_test_xmlv2p1')!['@_href']!;
  const test = parser.parse(text(testHref)).assessmentTest;
  const testRefs = (test.testPart.assessmentSection.assessmentItemRef as Array<Record<string, string>>).map((ref) => ref['@_href']!);
  const items = itemHrefs.map((href): QtiItemSummary => {
    const item = parser.parse(text(href)).assessmentItem;
    const body = item.itemBody;
    const interaction = (['choiceInteraction', 'orderInteraction'] as const).find((name) => body[name]) ?? 'textEntryInteraction';
    const declaration = item.responseDeclaration;
    return {
      identifier: item['@_identifier'],
      href,
      title: item['@_title'],
      interaction,
      cardinality: declaration['@_cardinality'],
      correct: (declaration.correctResponse.value as unknown[]).map(String),
      choices: interaction === 'textEntryInteraction' ? [] : (body[interaction].simpleChoice as Array<Record<string, string>>).map((c) => c['@_identifier']!),
      maxChoices: interaction === 'choiceInteraction' ? body.choiceInteraction['@_maxChoices'] : undefined,
      mapping: ((declaration.mapping?.mapEntry ?? []) as Array<Record<string, string>>).map((e) => ({ key: String(e['@_mapKey']), caseSensitive: e['@_caseSensitive']! })),
    };
  });
  return { files: Object.keys(entries), itemHrefs, testRefs, items, invalid };
}
