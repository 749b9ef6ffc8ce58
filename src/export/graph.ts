// The actor network (who acted on whom, weighted by reports) as GraphML and GEXF 1.3 for Gephi.
import type { Network } from '../store/types.js';

const esc = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** GraphML: node attributes name/type/country; edge weight, cooperation, conflict. */
export function networkToGraphml(net: Network): string {
  const keys = [['name', 'node', 'string'], ['type', 'node', 'string'], ['country', 'node', 'string'], ['weight', 'edge', 'double'], ['cooperation', 'edge', 'int'], ['conflict', 'edge', 'int']];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys.map(([id, on, type]) => `  <key id="${id}" for="${on}" attr.name="${id}" attr.type="${type}"/>`),
    '  <graph id="actors" edgedefault="directed">',
    ...net.nodes.map((n) => `    <node id="n${n.id}"><data key="name">${esc(n.name)}</data><data key="type">${n.type}</data><data key="country">${n.country ?? ''}</data></node>`),
    ...net.edges.map((e, i) => `    <edge id="e${i}" source="n${e.source}" target="n${e.target}"><data key="weight">${e.events}</data><data key="cooperation">${e.cooperation}</data><data key="conflict">${e.conflict}</data></edge>`),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

/** GEXF 1.3: the same graph, in the format Gephi opens natively. */
export function networkToGexf(net: Network): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <meta><creator>dossier</creator><description>actor network from reported events</description></meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node"><attribute id="0" title="type" type="string"/><attribute id="1" title="country" type="string"/></attributes>',
    '    <attributes class="edge"><attribute id="0" title="cooperation" type="integer"/><attribute id="1" title="conflict" type="integer"/></attributes>',
    '    <nodes>',
    ...net.nodes.map((n) => `      <node id="${n.id}" label="${esc(n.name)}"><attvalues><attvalue for="0" value="${n.type}"/><attvalue for="1" value="${n.country ?? ''}"/></attvalues></node>`),
    '    </nodes>',
    '    <edges>',
    ...net.edges.map((e, i) => `      <edge id="${i}" source="${e.source}" target="${e.target}" weight="${e.events}"><attvalues><attvalue for="0" value="${e.cooperation}"/><attvalue for="1" value="${e.conflict}"/></attvalues></edge>`),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
