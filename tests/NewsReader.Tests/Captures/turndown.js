const TurndownService = require('turndown');
const fs = require('fs');
const html = fs.readFileSync(process.argv[2], 'utf8');
// MarkDownload's defaults: atx headings, "-" bullets, fenced code, inlined links; front matter with the page's title, source and author.
const td = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced' });
td.remove(['script', 'style']);
const body = html.replace(/^[\s\S]*<body>/, '').replace(/<\/body>[\s\S]*$/, '');
const md = td.turndown(body);
const front = `---\ncreated: 2023-02-01T10:00:00 (UTC +09:00)\ntags: []\nsource: https://news.example.com/nato-chief\nauthor: Sakura Murakami\n---\n\n# NATO chief stresses importance of Indo-Pacific partners amid security tensions\n\n> ## Excerpt\n> NATO Secretary-General Jens Stoltenberg on Wednesday stressed the importance of NATO's working closely with partners.\n\n---\n`;
fs.writeFileSync(process.argv[3], front + md + '\n');
fs.writeFileSync(process.argv[4], md + '\n');
