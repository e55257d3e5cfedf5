// Sets one run up in a fresh context, before the script: removes what a script must not reach,
// makes time and randomness replayable, and defines IFTTT's runtime-script API. The host functions
// are kept in this closure only. Returns what the runtime drives the run with.
(function (host, input) {
  'use strict';
  const g = globalThis;
  const { parse, stringify } = JSON;
  const { defineProperty, freeze, getOwnPropertyNames, assign } = Object;
  const isArray = Array.isArray;
  const RealDate = Date;
  const RealError = Error;
  const RealPromise = Promise;
  const RealTypeError = TypeError;
  const RealRangeError = RangeError;
  const RealSet = Set;
  const RealMap = Map;
  const RealWeakSet = WeakSet;
  const construct = Reflect.construct;
  const data = parse(input);

  // Nothing of the host, the engine or other languages; no shared memory between agents.
  for (const name of ['Java', 'Packages', 'java', 'javafx', 'javax', 'com', 'org', 'edu', 'Graal',
      'Polyglot', 'SharedArrayBuffer', 'Atomics', 'print', 'load', 'loadWithNewGlobal', 'quit',
      'exit', 'read', 'readbuffer', 'readline', 'console', 'arguments']) {
    delete g[name];
  }

  // A single allocation larger than the run's allocation limit ends the run at once, before the
  // meter's next sample.
  const maxBytes = data.maxBytes;
  const refuseSize = (bytes) => {
    if (bytes > maxBytes) {
      host.overAllocated();
      throw new RealRangeError('allocation of ' + bytes + ' bytes is over the limit of ' + maxBytes);
    }
  };
  const guardConstructor = (name, bytesPerUnit) => {
    const real = g[name];
    if (typeof real !== 'function') {
      return;
    }
    const guarded = new Proxy(real, {
      construct(target, args, newTarget) {
        const size = args[0];
        if (typeof size === 'number') {
          refuseSize(size * bytesPerUnit);
        }
        return construct(target, args, newTarget === guarded ? target : newTarget);
      },
    });
    defineProperty(real.prototype, 'constructor',
        { value: guarded, writable: true, configurable: true });
    defineProperty(g, name, { value: guarded, writable: true, configurable: true });
  };
  guardConstructor('ArrayBuffer', 1);
  for (const name of ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
      'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array',
      'BigUint64Array']) {
    guardConstructor(name, g[name].BYTES_PER_ELEMENT);
  }
  const guardLength = (proto, method, lengthOf) => {
    const real = proto[method];
    defineProperty(proto, method, {
      value: {
        [method](...args) {
          refuseSize(lengthOf(this, args) * 2);
          return real.apply(this, args);
        },
      }[method],
      writable: true,
      configurable: true,
    });
  };
  guardLength(String.prototype, 'repeat', (s, [count]) => String(s).length * (Number(count) || 0));
  guardLength(String.prototype, 'padStart', (s, [length]) => Number(length) || 0);
  guardLength(String.prototype, 'padEnd', (s, [length]) => Number(length) || 0);
  guardLength(Array.prototype, 'fill', (a) => (Number(a.length) || 0) * 4);

  // Time stands still during a run, at the first attempt's start, so that a resumed run sees the
  // same times.
  const now = data.now;
  const FrozenDate = function Date(...args) {
    if (new.target === undefined) {
      return new RealDate(now).toString();
    }
    return construct(RealDate, args.length === 0 ? [now] : args, new.target);
  };
  defineProperty(FrozenDate, 'length', { value: 7 });
  FrozenDate.prototype = RealDate.prototype;
  FrozenDate.now = function now() {
    return data.now;
  };
  FrozenDate.parse = RealDate.parse;
  FrozenDate.UTC = RealDate.UTC;
  defineProperty(RealDate.prototype, 'constructor',
      { value: FrozenDate, writable: true, configurable: true });
  defineProperty(g, 'Date', { value: FrozenDate, writable: true, configurable: true });

  // Intl formats "now" by the same frozen clock; patched on first use (Intl is costly to set up).
  const patchIntl = (intl) => {
    const proto = intl.DateTimeFormat.prototype;
    const format = Object.getOwnPropertyDescriptor(proto, 'format').get;
    defineProperty(proto, 'format', {
      get() {
        const bound = format.call(this);
        return (date) => bound(date === undefined ? now : date);
      },
      configurable: true,
    });
    const formatToParts = proto.formatToParts;
    defineProperty(proto, 'formatToParts', {
      value: function formatToParts_(date) {
        return formatToParts.call(this, date === undefined ? now : date);
      },
      writable: true,
      configurable: true,
    });
    return intl;
  };
  const RealIntl = g.Intl;
  defineProperty(g, 'Intl', {
    get() {
      const intl = patchIntl(RealIntl);
      defineProperty(g, 'Intl', { value: intl, writable: true, configurable: true });
      return intl;
    },
    set(value) {
      defineProperty(g, 'Intl', { value, writable: true, configurable: true });
    },
    configurable: true,
  });

  defineProperty(Math, 'random', {
    value: function random() {
      return host.random();
    },
    writable: true,
    configurable: true,
  });

  // console: every level is captured, as one line per call.
  const withoutPrelude = (stack) =>
      stack.split('\n').filter((line) => !line.includes('robotconnect-prelude.js')).join('\n');
  const show = (value) => {
    switch (typeof value) {
      case 'string':
        return value;
      case 'undefined':
        return 'undefined';
      case 'function':
        return '[Function: ' + (value.name || '(anonymous)') + ']';
      case 'bigint':
        return String(value) + 'n';
      case 'symbol':
        return value.toString();
      case 'object':
        if (value === null) {
          return 'null';
        }
        if (value instanceof RealError) {
          return withoutPrelude(String(value.stack || value));
        }
        try {
          const seen = new RealWeakSet();
          const text = stringify(value, (key, v) => {
            if (typeof v === 'bigint') {
              return String(v) + 'n';
            }
            if (v !== null && typeof v === 'object') {
              if (seen.has(v)) {
                return '[Circular]';
              }
              seen.add(v);
            }
            return v;
          });
          return text === undefined ? String(value) : text;
        } catch (e) {
          return String(value);
        }
      default:
        return String(value);
    }
  };
  const format = (args) => {
    let rest = args;
    let head = '';
    if (typeof args[0] === 'string' && args[0].includes('%') && args.length > 1) {
      let next = 1;
      head = args[0].replace(/%([sdifjoOc%])/g, (match, kind) => {
        if (kind === '%') {
          return '%';
        }
        if (next >= args.length) {
          return match;
        }
        const value = args[next++];
        switch (kind) {
          case 'd':
          case 'i':
            return typeof value === 'bigint' ? String(value) + 'n'
                : String(kind === 'i' ? parseInt(value, 10) : Number(value));
          case 'f':
            return String(parseFloat(value));
          case 'c':
            return '';
          case 's':
            return typeof value === 'string' ? value : show(value);
          default:
            return show(value);
        }
      });
      rest = args.slice(next);
      return [head, ...rest.map(show)].join(' ');
    }
    return rest.map(show).join(' ');
  };
  const capturedConsole = {};
  for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace']) {
    capturedConsole[level] = { [level](...args) { host.log(format(args)); } }[level];
  }
  defineProperty(g, 'console', { value: capturedConsole, writable: true, configurable: true });

  // A failure the script cannot catch: the host stops the run at once.
  const fail = (message) => {
    host.fail(message, String(new RealError().stack));
    throw new RealTypeError(message);
  };
  const typeName = (value) => value === null ? 'null' : isArray(value) ? 'an array' : typeof value;

  // runAction / performQuery: a Promise of {statusCode, responseBody} per call, settled by the host
  // in the order the calls were made.
  const pending = new RealMap();
  const actions = new RealSet(data.actions);
  const queries = new RealSet(data.queries);
  const request = (fn, allowed, kind, id, body) => {
    if (typeof id !== 'string') {
      fail(fn + ' needs the id of ' + kind + ' as a string, not ' + typeName(id));
    }
    if (!allowed.has(id)) {
      fail(fn + '("' + id + '"): "' + id + '" is not ' + kind + ' of this connection');
    }
    let json = null;
    if (body !== undefined) {
      if (body === null || typeof body !== 'object' || isArray(body)) {
        fail(fn + '("' + id + '", body): the body must be an object, not ' + typeName(body));
      }
      try {
        json = stringify(body);
      } catch (e) {
        fail(fn + '("' + id + '", body): the body cannot be sent as JSON: ' + e.message);
      }
    }
    const sequence = host.send(fn, id, json);
    return new RealPromise((resolve, reject) => pending.set(sequence, { resolve, reject }));
  };
  const runAction = function runAction(actionId, requestBody) {
    return request('runAction', actions, 'an action', actionId, requestBody);
  };
  const performQuery = function performQuery(queryId, requestBody) {
    return request('performQuery', queries, 'a query', queryId, requestBody);
  };
  defineProperty(g, 'runAction', { value: runAction, writable: true, configurable: true });
  defineProperty(g, 'performQuery', { value: performQuery, writable: true, configurable: true });

  // moment and moment-timezone are loaded on first use, with the data of the zones asked for.
  let moment;
  const ensured = new RealSet();
  const ensureZone = (name) => {
    if (typeof name !== 'string' || ensured.has(name)) {
      return;
    }
    ensured.add(name);
    const zoneData = host.zoneData(name);
    if (zoneData !== null) {
      const { zones, links } = parse(zoneData);
      moment.tz.add(zones);
      moment.tz.link(links);
    }
  };
  let loadedAll = false;
  const ensureAll = () => {
    if (!loadedAll) {
      loadedAll = true;
      moment.tz.load(parse(host.zoneData(null)));
    }
  };
  const loadMoment = () => {
    if (moment === undefined) {
      delete g.moment;
      host.loadMoment();
      moment = g.moment;
      const tz = moment.tz;
      const hooked = assign(function tzWithData(...args) {
        ensureZone(args[args.length - 1]);
        return tz.apply(this, args);
      }, tz);
      hooked.zone = (name) => { ensureZone(name); return tz.zone(name); };
      hooked.setDefault = (name) => { ensureZone(name); return tz.setDefault(name); };
      for (const all of ['names', 'countries', 'zonesForCountry']) {
        hooked[all] = (...args) => { ensureAll(); return tz[all](...args); };
      }
      moment.tz = hooked;
      const fnTz = moment.fn.tz;
      moment.fn.tz = function tz(name, keepTime) {
        ensureZone(name);
        return fnTz.apply(this, arguments);
      };
      ensureZone('UTC');
      ensureZone(data.zone);
      defineProperty(g, 'moment', { value: moment, writable: true, configurable: true });
    }
    return moment;
  };
  defineProperty(g, 'moment', {
    get: loadMoment,
    set(value) {
      defineProperty(g, 'moment', { value, writable: true, configurable: true });
    },
    configurable: true,
  });

  // The constants of IFTTT's API.
  defineProperty(g, 'Trigger', {
    value: freeze({ id: data.trigger.id, ingredients: data.trigger.ingredients }),
    writable: false,
    configurable: false,
  });
  defineProperty(g, 'Connection', { value: freeze(data.connection), configurable: false });
  let userTime;
  const meta = {};
  defineProperty(meta, 'currentUserTime', {
    get() {
      if (userTime === undefined) {
        userTime = loadMoment().tz(now, data.zone);
      }
      return userTime;
    },
    enumerable: true,
  });
  defineProperty(g, 'Meta', { value: freeze(meta), configurable: false });

  const describe = (error) => {
    if (error instanceof RealError) {
      return [String(error.name) + ': ' + String(error.message), String(error.stack)];
    }
    return ['Uncaught ' + show(error), ''];
  };

  return freeze({
    start(main) {
      main().then(undefined, (error) => {
        const [message, stack] = describe(error);
        host.fail(message, stack);
      });
    },
    settle(sequence, answered, statusCode, bodyJson, message) {
      const promise = pending.get(sequence);
      pending.delete(sequence);
      if (answered) {
        promise.resolve({ statusCode, responseBody: bodyJson === null ? null : parse(bodyJson) });
      } else {
        promise.reject(new RealError(message));
      }
    },
    describe(error) {
      return describe(error).join('\n');
    },
  });
})
