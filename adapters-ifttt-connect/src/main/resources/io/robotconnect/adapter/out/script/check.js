// Finds the runAction / performQuery calls whose first argument is a string literal (or a template
// without substitutions), with the line of that argument. Parses with acorn, as a script that may
// use top-level await and return (the runtime runs it inside an async function).
(function (text) {
  'use strict';
  const ast = acorn.parse(text, {
    ecmaVersion: 'latest',
    sourceType: 'script',
    allowReturnOutsideFunction: true,
    allowAwaitOutsideFunction: true,
    allowHashBang: true,
    locations: true,
  });
  const found = [];
  const literalId = (node) => {
    if (node.type === 'Literal' && typeof node.value === 'string') {
      return node.value;
    }
    if (node.type === 'TemplateLiteral' && node.expressions.length === 0) {
      return node.quasis[0].value.cooked;
    }
    return undefined;
  };
  const visit = (node) => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (node === null || typeof node !== 'object' || typeof node.type !== 'string') {
      return;
    }
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier'
        && (node.callee.name === 'runAction' || node.callee.name === 'performQuery')
        && node.arguments.length > 0) {
      const id = literalId(node.arguments[0]);
      if (id !== undefined) {
        found.push({ fn: node.callee.name, id, line: node.arguments[0].loc.start.line });
      }
    }
    for (const key of Object.keys(node)) {
      if (key !== 'loc') {
        visit(node[key]);
      }
    }
  };
  visit(ast);
  return JSON.stringify(found);
})
