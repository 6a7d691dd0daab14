/**
 * A work whose texts carry everything that must come out escaped and inert:
 * markup, entities, CDATA ends, bidi overrides, NUL and other controls.
 */
import { emptyMeta, type Work } from '../../src/core/model/work.ts';

export const HOSTILE = 'Alert <script>alert("x")</script> & &amp; ]]> <![CDATA[ x ]]> \u202Egnp.exe\u202C \u2066iso\u2069 nul\u0000 bell\u0007 del\u007F Ba-ke-tu [sic] end';
export const HOSTILE_ZH = '巴克图<b>粗</b>&\u202E反\u202C\u0000。';

export function hostileWork(): Work {
  return {
    format: 'parallax.work',
    version: 1,
    id: 'hostile',
    meta: { ...emptyMeta(), title: 'Title <i>x</i> & "quoted" \u202E', date: '1962-04-30', archiveRef: 'REF <1> & 2', url: 'https://example.org/?a=1&b=<2>', citation: '"Cite" & <cite>' },
    witnesses: [
      { id: 'zh', lang: 'zh-Hans', role: 'original', label: 'Original <o>', translator: null, provenance: 'made <up>', preparedForProject: true, paragraphs: [{ id: 'zh-p1', kind: 'text', text: HOSTILE_ZH }] },
      { id: 'en', lang: 'en', role: 'translation', label: 'Translation & co', translator: 'T <t>', provenance: null, preparedForProject: false, paragraphs: [{ id: 'en-p1', kind: 'text', text: HOSTILE }, { id: 'en-p2', kind: 'omission', text: '[...]' }] },
      { id: 'en2', lang: 'en', role: 'translation', label: 'Other', translator: null, provenance: null, preparedForProject: true, paragraphs: [{ id: 'en2-p1', kind: 'text', text: `${HOSTILE} (other)` }] },
    ],
  };
}
