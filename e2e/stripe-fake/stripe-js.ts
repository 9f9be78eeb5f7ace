/**
 * A Stripe.js double for browser tests, served in place of
 * https://js.stripe.com/…/stripe.js. It defines `window.Stripe(pk, opts)` with
 * what @stripe/stripe-js and @stripe/react-stripe-js use (elements, the
 * Payment Element, confirmPayment, retrievePaymentIntent, …) and talks to the
 * offline Stripe API (./server.ts) *as if it were Stripe*: requests go to
 * https://api.stripe.com/v1/… (so the page's Content-Security-Policy is
 * exercised) and routeStripe() forwards them to the fake.
 *
 * UI, for tests:
 * - the Payment Element renders inside `<iframe title="Secure payment input frame">`
 *   with inputs labelled "Card number", "Expiration date (MM / YY)",
 *   "Security code" and a "Country" select; validation messages appear in the
 *   frame in a role="alert" region;
 * - 3-D Secure shows a page-level `role="dialog"` named "3D Secure authentication"
 *   with the amount and the buttons "Complete authentication" and
 *   "Fail authentication".
 */
import type { BrowserContext, Page, Route } from "@playwright/test"

export interface StripeJsDoubleOptions {
  /** Where the double sends API calls (default https://api.stripe.com, forwarded by routeStripe). */
  apiBase?: string
  /**
   * What confirmPayment does after a 3-D Secure challenge when a return_url is
   * known: "redirect" (default) sends the whole page to return_url with
   * payment_intent, payment_intent_client_secret and redirect_status;
   * "in_page" resolves the promise instead, as Stripe.js does for most cards.
   */
  threeDSecure?: "redirect" | "in_page"
}

/** The browser source of the double (plain ES2017, no imports). */
export function stripeJsDouble(options: StripeJsDoubleOptions = {}): string {
  const config = JSON.stringify({
    apiBase: (options.apiBase ?? "https://api.stripe.com").replace(/\/+$/, ""),
    threeDSecure: options.threeDSecure ?? "redirect",
  })
  return `/* Stripe.js test double (e2e/stripe-fake/stripe-js.ts) */\n(function (CONFIG) {\n${BROWSER_SOURCE}\n})(${config});\n`
}

const STRIPE_HOSTS = /^https:\/\/(api\.stripe\.com|m\.stripe\.network|r\.stripe\.com|q\.stripe\.com)(\/|$)/
const ANY_STRIPE = /^https:\/\/([a-z0-9-]+\.)*(stripe\.com|stripe\.network)(\/|:|$)/
const JS_STRIPE = /^https:\/\/js\.stripe\.com\//
const STRIPE_JS_PATH = /^\/(v3\/?|[a-z0-9]+\/stripe\.js|v3\/stripe\.js)$/

const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, DELETE, OPTIONS",
  "access-control-allow-headers": "authorization, content-type, idempotency-key, stripe-version, stripe-account",
  "access-control-max-age": "600",
}

/**
 * Routes Stripe's hosts for a page or a whole browser context:
 * js.stripe.com/…/stripe.js → the double; api.stripe.com → the fake;
 * m.stripe.network, r.stripe.com, q.stripe.com (telemetry) → the fake's sink;
 * anything else on *.stripe.com / *.stripe.network → 204.
 */
export async function routeStripe(target: Page | BrowserContext, fakeUrl: string, options: StripeJsDoubleOptions = {}): Promise<void> {
  const base = fakeUrl.replace(/\/+$/, "")
  const script = stripeJsDouble(options)

  // Playwright runs the most recently registered matching handler first: catch-all first.
  await target.route(ANY_STRIPE, (route) => {
    if (route.request().method() === "OPTIONS") return route.fulfill({ status: 204, headers: CORS_HEADERS })
    return route.fulfill({ status: 204, headers: { "access-control-allow-origin": "*" } })
  })
  await target.route(STRIPE_HOSTS, (route) => forward(route, base))
  await target.route(JS_STRIPE, (route) => {
    const url = new URL(route.request().url())
    if (!STRIPE_JS_PATH.test(url.pathname)) return route.fulfill({ status: 204, headers: { "access-control-allow-origin": "*" } })
    return route.fulfill({
      status: 200,
      contentType: "application/javascript; charset=utf-8",
      headers: { "access-control-allow-origin": "*", "cache-control": "no-store" },
      body: script,
    })
  })
}

async function forward(route: Route, base: string) {
  const request = route.request()
  if (request.method() === "OPTIONS") return route.fulfill({ status: 204, headers: CORS_HEADERS })
  const original = new URL(request.url())
  const target =
    original.hostname === "api.stripe.com"
      ? `${base}${original.pathname}${original.search}`
      : `${base}/_fake/telemetry/${original.hostname}${original.pathname}${original.search}`
  const headers = { ...(await request.allHeaders()) }
  for (const h of ["host", "content-length", "connection", "origin", "referer", "cookie"]) delete headers[h]
  for (const h of Object.keys(headers)) if (h.startsWith(":")) delete headers[h]
  const payload = ["GET", "HEAD"].includes(request.method()) ? null : request.postDataBuffer()
  try {
    const response = await fetch(target, { method: request.method(), headers, body: payload ? new Uint8Array(payload) : undefined })
    const body = Buffer.from(await response.arrayBuffer())
    const out: Record<string, string> = {}
    response.headers.forEach((value, key) => {
      if (!["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"].includes(key)) out[key] = value
    })
    out["access-control-allow-origin"] = "*"
    await route.fulfill({ status: response.status, headers: out, body })
  } catch {
    await route.abort("connectionrefused").catch(() => undefined)
  }
}

/**
 * The double itself, as browser source. Runs inside `(function (CONFIG) { … })`.
 * No template literals, arrow functions are fine (ES2017); DOM only, no globals but window.Stripe.
 * Styles are set through the CSSOM (element.style), which a nonce-based CSP allows.
 */
const BROWSER_SOURCE = String.raw`
"use strict";
var API = CONFIG.apiBase;
var VERSION = "endive";
var ZERO_DECIMAL = ["bif","clp","djf","gnf","jpy","kmf","krw","mga","pyg","rwf","ugx","vnd","vuv","xaf","xof","xpf"];
var COUNTRIES = [["US","United States"],["DE","Germany"],["FR","France"],["GB","United Kingdom"],["KH","Cambodia"],["CA","Canada"],["AU","Australia"],["NL","Netherlands"],["BE","Belgium"],["ES","Spain"],["IT","Italy"],["CH","Switzerland"],["AT","Austria"],["SE","Sweden"],["DK","Denmark"],["JP","Japan"]];
var frameCounter = 0;

function css(el, styles) { Object.keys(styles).forEach(function (k) { el.style[k] = styles[k]; }); return el; }
function make(doc, tag, attrs, styles) {
  var el = doc.createElement(tag);
  if (attrs) Object.keys(attrs).forEach(function (k) { if (k === "text") el.textContent = attrs[k]; else el.setAttribute(k, attrs[k]); });
  if (styles) css(el, styles);
  return el;
}
function intentIdFromSecret(secret) {
  var m = /^(pi|seti)_[A-Za-z0-9]+(?=_secret_)/.exec(String(secret || ""));
  return m ? m[0] : null;
}
function integrationError(message) { var e = new Error(message); e.name = "IntegrationError"; return e; }

/** Encodes nested params the way Stripe expects (a[b][c]=x, a[0]=y). */
function encode(params, prefix, out) {
  out = out || [];
  Object.keys(params || {}).forEach(function (key) {
    var value = params[key];
    var name = prefix ? prefix + "[" + key + "]" : key;
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) value.forEach(function (v, i) {
      if (v !== null && typeof v === "object") encode(v, name + "[" + i + "]", out);
      else out.push(encodeURIComponent(name + "[" + i + "]") + "=" + encodeURIComponent(String(v)));
    });
    else if (typeof value === "object") encode(value, name, out);
    else out.push(encodeURIComponent(name) + "=" + encodeURIComponent(String(value)));
  });
  return out.join("&");
}

function request(key, method, path, params) {
  var body = encode(Object.assign({ key: key }, params || {}));
  var url = API + path + (method === "GET" ? "?" + body : "");
  return fetch(url, {
    method: method,
    headers: method === "GET" ? {} : { "Content-Type": "application/x-www-form-urlencoded" },
    body: method === "GET" ? undefined : body,
    credentials: "omit",
    mode: "cors"
  }).then(function (res) {
    return res.json().then(function (json) { return { status: res.status, json: json }; }, function () {
      return { status: res.status, json: { error: { type: "api_error", message: "Unexpected response from Stripe (" + res.status + ")." } } };
    });
  }, function (err) {
    return { status: 0, json: { error: { type: "api_connection_error", message: "We could not reach Stripe: " + (err && err.message ? err.message : "network error") + "." } } };
  });
}

function formatAmount(amount, currency) {
  var cur = String(currency || "usd").toLowerCase();
  var major = ZERO_DECIMAL.indexOf(cur) >= 0 ? amount : amount / 100;
  try { return new Intl.NumberFormat("en", { style: "currency", currency: cur.toUpperCase() }).format(major); }
  catch (e) { return major.toFixed(2) + " " + cur.toUpperCase(); }
}

function appendQuery(url, params) {
  var u = new URL(url, window.location.href);
  Object.keys(params).forEach(function (k) { u.searchParams.set(k, params[k]); });
  return u.toString();
}

// ---------------------------------------------------------------------------
// Events

function Emitter() { this._handlers = {}; }
Emitter.prototype.on = function (name, handler) {
  (this._handlers[name] = this._handlers[name] || []).push(handler);
  if (name === "ready" && this._readyPayload) {
    // Late subscribers (React attaches listeners after mount) still hear "ready".
    var payload = this._readyPayload;
    setTimeout(function () { handler(payload); }, 0);
  }
  return this;
};
Emitter.prototype.off = function (name, handler) {
  if (!this._handlers[name]) return this;
  this._handlers[name] = handler ? this._handlers[name].filter(function (h) { return h !== handler && h._original !== handler; }) : [];
  return this;
};
Emitter.prototype.once = function (name, handler) {
  var self = this;
  var wrapped = function (e) { self.off(name, wrapped); handler(e); };
  wrapped._original = handler;
  return this.on(name, wrapped);
};
Emitter.prototype._emit = function (name, payload) {
  if (name === "ready") this._readyPayload = payload;
  (this._handlers[name] || []).slice().forEach(function (h) {
    try { h(payload); } catch (err) { setTimeout(function () { throw err; }, 0); }
  });
};

// ---------------------------------------------------------------------------
// The Payment Element (also used for "card")

function cardState(fields) {
  var number = fields.number.replace(/\D/g, "");
  var expDigits = fields.expiry.replace(/\D/g, "");
  var cvc = fields.cvc.replace(/\D/g, "");
  var amex = /^3[47]/.test(number);
  var s = { number: number, cvc: cvc, empty: !number && !expDigits && !cvc, error: null, complete: false, month: 0, year: 0 };
  if (!(number.length >= 16 || (amex && number.length === 15))) { s.error = { code: "incomplete_number", message: "Your card number is incomplete." }; return s; }
  var m = /^\s*(\d{1,2})\s*\/?\s*(\d{2}|\d{4})\s*$/.exec(fields.expiry);
  if (!m) { s.error = { code: "incomplete_expiry", message: "Your card's expiration date is incomplete." }; return s; }
  var month = Number(m[1]);
  var year = Number(m[2]); if (year < 100) year += 2000;
  var now = new Date();
  if (month < 1 || month > 12) { s.error = { code: "invalid_expiry_month", message: "Your card's expiration date is incomplete." }; return s; }
  if (year < now.getFullYear()) { s.error = { code: "invalid_expiry_year_past", message: "Your card's expiration year is in the past." }; return s; }
  if (year === now.getFullYear() && month < now.getMonth() + 1) { s.error = { code: "invalid_expiry_month_past", message: "Your card's expiration date is in the past." }; return s; }
  if (cvc.length < (amex ? 4 : 3)) { s.error = { code: "incomplete_cvc", message: "Your card's security code is incomplete." }; return s; }
  s.month = month; s.year = year; s.complete = true;
  return s;
}

function PaymentElement(group, type, options) {
  Emitter.call(this);
  this._group = group;
  this._type = type;
  this._options = options || {};
  this._iframe = null;
  this._container = null;
  this._fields = { number: "", expiry: "", cvc: "", country: "US" };
  this._destroyed = false;
  this._focused = false;
}
PaymentElement.prototype = Object.create(Emitter.prototype);

PaymentElement.prototype.mount = function (target) {
  if (this._destroyed) throw integrationError("This Element has already been destroyed. Please create a new one.");
  var node = typeof target === "string" ? document.querySelector(target) : target;
  if (!node) throw integrationError("The selector you specified (" + target + ") applies to no DOM elements that are currently on the page.");
  if (this._iframe) this.unmount();
  var self = this;
  this._emit("loaderstart", { elementType: this._type });
  var wrapper = make(document, "div", { "class": "__PrivateStripeElement" }, { margin: "0", padding: "0", border: "none", display: "block", background: "transparent", position: "relative", opacity: "1" });
  var iframe = make(document, "iframe", {
    name: "__privateStripeFrame" + (++frameCounter),
    title: "Secure payment input frame",
    allowtransparency: "true",
    scrolling: "no"
  }, { border: "0", margin: "0", padding: "0", width: "100%", minWidth: "100%", height: "250px", display: "block", overflow: "hidden", colorScheme: "light only" });
  wrapper.appendChild(iframe);
  node.appendChild(wrapper);
  this._iframe = iframe;
  this._container = wrapper;
  var built = false;
  var build = function () {
    var doc = iframe.contentDocument;
    if (!doc || !doc.body || (built && doc.getElementById("cardnumber"))) return;
    built = true;
    self._render(doc);
  };
  build();
  iframe.addEventListener("load", function () { build(); });
  setTimeout(function () {
    build();
    if (self._iframe === iframe) self._emit("ready", { elementType: self._type });
  }, 30);
  return this;
};

PaymentElement.prototype._render = function (doc) {
  var self = this;
  var locale = (this._group._options && this._group._options.locale) || "en";
  doc.documentElement.setAttribute("lang", locale === "auto" ? "en" : String(locale).slice(0, 2));
  var title = doc.querySelector("title") || doc.head.appendChild(make(doc, "title"));
  title.textContent = "Secure payment input frame";
  while (doc.body.firstChild) doc.body.removeChild(doc.body.firstChild);
  var appearance = (this._group._options && this._group._options.appearance) || {};
  var vars = appearance.variables || {};
  css(doc.body, { margin: "0", padding: "2px", fontFamily: vars.fontFamily || "system-ui, sans-serif", color: vars.colorText || "#30313d", background: "transparent", fontSize: "15px" });
  var form = make(doc, "form", { novalidate: "novalidate", "aria-label": "Card details" });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  var tab = make(doc, "div", { text: "Card" }, { fontWeight: "600", marginBottom: "10px", color: vars.colorPrimary || "#1a1f36" });
  form.appendChild(tab);
  var field = function (id, label, attrs, styles) {
    var box = make(doc, "div", null, Object.assign({ display: "flex", flexDirection: "column", marginBottom: "10px" }, styles || {}));
    box.appendChild(make(doc, "label", { "for": id, text: label }, { fontSize: "14px", marginBottom: "4px" }));
    var input = make(doc, attrs.tag || "input", Object.assign({ id: id, name: id }, attrs.attrs), {
      fontSize: "16px", padding: "10px 12px", border: "1px solid #6b7280", borderRadius: vars.borderRadius || "6px", color: "#1a1f36", background: "#fff", width: "100%", boxSizing: "border-box"
    });
    box.appendChild(input);
    return { box: box, input: input };
  };
  var number = field("cardnumber", "Card number", { attrs: { type: "text", inputmode: "numeric", autocomplete: "cc-number", placeholder: "1234 1234 1234 1234", "aria-describedby": "card-errors" } });
  var row = make(doc, "div", null, { display: "flex", gap: "12px" });
  var expiry = field("exp-date", "Expiration date (MM / YY)", { attrs: { type: "text", inputmode: "numeric", autocomplete: "cc-exp", placeholder: "MM / YY", "aria-describedby": "card-errors" } }, { flex: "1" });
  var cvc = field("cvc", "Security code", { attrs: { type: "text", inputmode: "numeric", autocomplete: "cc-csc", placeholder: "CVC", "aria-describedby": "card-errors" } }, { flex: "1" });
  row.appendChild(expiry.box); row.appendChild(cvc.box);
  var country = field("country", "Country", { tag: "select", attrs: { autocomplete: "billing country" } });
  COUNTRIES.forEach(function (c) { var o = make(doc, "option", { value: c[0], text: c[1] }); country.input.appendChild(o); });
  country.input.value = this._fields.country;
  var errors = make(doc, "div", { id: "card-errors", role: "alert", "aria-live": "polite" }, { color: vars.colorDanger || "#b42318", fontSize: "14px", minHeight: "18px" });
  form.appendChild(number.box); form.appendChild(row); form.appendChild(country.box); form.appendChild(errors);
  doc.body.appendChild(form);
  this._inputs = { number: number.input, expiry: expiry.input, cvc: cvc.input, country: country.input, errors: errors };
  number.input.value = this._fields.number;
  expiry.input.value = this._fields.expiry;
  cvc.input.value = this._fields.cvc;

  var formatNumber = function (v) { return v.replace(/\D/g, "").slice(0, 19).replace(/(\d{4})(?=\d)/g, "$1 "); };
  var formatExpiry = function (v) {
    var d = v.replace(/\D/g, "").slice(0, 4);
    return d.length > 2 ? d.slice(0, 2) + " / " + d.slice(2) : d;
  };
  var onInput = function (name, formatter) {
    return function () {
      var input = self._inputs[name];
      if (formatter) { var f = formatter(input.value); if (f !== input.value) input.value = f; }
      self._fields[name] = input.value;
      if (self._shownError) self._showError(null);
      self._emitChange();
    };
  };
  number.input.addEventListener("input", onInput("number", formatNumber));
  expiry.input.addEventListener("input", onInput("expiry", formatExpiry));
  cvc.input.addEventListener("input", onInput("cvc", function (v) { return v.replace(/\D/g, "").slice(0, 4); }));
  country.input.addEventListener("change", onInput("country"));
  [number.input, expiry.input, cvc.input, country.input].forEach(function (input) {
    input.addEventListener("focus", function () {
      if (!self._focused) { self._focused = true; self._emit("focus", { elementType: self._type }); }
    });
    input.addEventListener("blur", function () {
      setTimeout(function () {
        var active = doc.activeElement;
        if (self._focused && (!active || active === doc.body)) { self._focused = false; self._emit("blur", { elementType: self._type }); }
      }, 0);
    });
    input.addEventListener("keydown", function (e) { if (e.key === "Escape") self._emit("escape", { elementType: self._type }); });
  });
  if (this._options.readOnly) this._setDisabled(true);
};

PaymentElement.prototype._state = function () { return cardState(this._fields); };
PaymentElement.prototype._emitChange = function () {
  var s = this._state();
  this._emit("change", {
    elementType: this._type,
    complete: s.complete,
    empty: s.empty,
    collapsed: false,
    value: { type: "card" },
    brand: /^4/.test(s.number) ? "visa" : /^(5[1-5]|2[2-7])/.test(s.number) ? "mastercard" : /^3[47]/.test(s.number) ? "amex" : "unknown"
  });
};
PaymentElement.prototype._showError = function (message) {
  this._shownError = message;
  if (!this._inputs) return;
  this._inputs.errors.textContent = message || "";
  var bad = !!message;
  [this._inputs.number, this._inputs.expiry, this._inputs.cvc].forEach(function (i) {
    if (bad) i.setAttribute("aria-invalid", "true"); else i.removeAttribute("aria-invalid");
  });
};
PaymentElement.prototype._setDisabled = function (disabled) {
  if (!this._inputs) return;
  ["number", "expiry", "cvc", "country"].forEach(function (k) { this._inputs[k].disabled = disabled; }, this);
};
/** Validates and shows the first problem in the frame; returns { error } or { card }. */
PaymentElement.prototype._validate = function () {
  var s = this._state();
  if (!s.complete) {
    this._showError(s.error.message);
    return { error: { type: "validation_error", code: s.error.code, message: s.error.message } };
  }
  this._showError(null);
  return { card: { number: s.number, exp_month: s.month, exp_year: s.year, cvc: s.cvc, country: this._fields.country } };
};
PaymentElement.prototype.update = function (options) {
  Object.assign(this._options, options || {});
  if (options && "readOnly" in options) this._setDisabled(!!options.readOnly);
  return this;
};
PaymentElement.prototype.focus = function () { if (this._inputs) this._inputs.number.focus(); return this; };
PaymentElement.prototype.blur = function () { if (this._inputs) this._inputs.number.blur(); return this; };
PaymentElement.prototype.clear = function () {
  this._fields.number = ""; this._fields.expiry = ""; this._fields.cvc = "";
  if (this._inputs) { this._inputs.number.value = ""; this._inputs.expiry.value = ""; this._inputs.cvc.value = ""; }
  this._showError(null);
  this._emitChange();
  return this;
};
PaymentElement.prototype.collapse = function () { return this; };
PaymentElement.prototype.unmount = function () {
  if (this._container && this._container.parentNode) this._container.parentNode.removeChild(this._container);
  this._iframe = null; this._container = null; this._inputs = null; this._readyPayload = null; this._focused = false;
  return this;
};
PaymentElement.prototype.destroy = function () {
  this.unmount();
  this._destroyed = true;
  this._group._forget(this);
  this._handlers = {};
};

/** Elements this double does not draw (address, link authentication, …): they mount nothing and report ready. */
function QuietElement(group, type, options) {
  Emitter.call(this);
  this._group = group; this._type = type; this._options = options || {};
}
QuietElement.prototype = Object.create(Emitter.prototype);
QuietElement.prototype.mount = function () { var self = this; setTimeout(function () { self._emit("ready", { elementType: self._type }); }, 0); return this; };
["update", "unmount", "focus", "blur", "clear", "collapse"].forEach(function (m) { QuietElement.prototype[m] = function () { return this; }; });
QuietElement.prototype.destroy = function () { this._group._forget(this); };
QuietElement.prototype.getValue = function () { return Promise.resolve({ complete: true, isNewAddress: false, value: {} }); };

// ---------------------------------------------------------------------------
// Elements group

function Elements(stripe, options) {
  this._stripe = stripe;
  this._options = Object.assign({}, options || {});
  this._byType = {};
  this._submitted = false;
}
Elements.prototype.create = function (type, options) {
  if (this._byType[type]) throw integrationError("Can only create one Element of type " + type + ".");
  var el = type === "payment" || type === "card" ? new PaymentElement(this, type, options) : new QuietElement(this, type, options);
  this._byType[type] = el;
  return el;
};
Elements.prototype.getElement = function (type) { return this._byType[type] || null; };
Elements.prototype._forget = function (el) { if (this._byType[el._type] === el) delete this._byType[el._type]; };
Elements.prototype.update = function (options) {
  Object.assign(this._options, options || {});
  return this;
};
Elements.prototype.fetchUpdates = function () { return Promise.resolve({}); };
Elements.prototype._card = function () { return this._byType.payment || this._byType.card || null; };
Elements.prototype.submit = function () {
  var el = this._card();
  var self = this;
  return new Promise(function (resolve) {
    setTimeout(function () {
      if (!el || !el._iframe) return resolve({ error: { type: "validation_error", message: "No payment details were provided: mount a Payment Element before calling elements.submit()." } });
      var checked = el._validate();
      self._submitted = !checked.error;
      resolve(checked.error ? { error: checked.error } : {});
    }, 0);
  });
};

// ---------------------------------------------------------------------------
// 3-D Secure challenge (page-level modal)

function challenge(intent) {
  return new Promise(function (resolve) {
    var previousFocus = document.activeElement;
    var overlay = make(document, "div", { "data-stripe-double": "3ds" }, { position: "fixed", inset: "0", background: "rgba(17, 24, 39, 0.55)", display: "flex", alignItems: "center", justifyContent: "center", zIndex: "2147483647" });
    var dialog = make(document, "div", { role: "dialog", "aria-modal": "true", "aria-labelledby": "stripe-double-3ds-title", "aria-describedby": "stripe-double-3ds-text" },
      { background: "#fff", color: "#111827", borderRadius: "12px", padding: "24px", maxWidth: "420px", width: "calc(100% - 32px)", fontFamily: "system-ui, sans-serif", boxShadow: "0 20px 50px rgba(0,0,0,0.3)" });
    dialog.appendChild(make(document, "h2", { id: "stripe-double-3ds-title", text: "3D Secure authentication" }, { fontSize: "20px", margin: "0 0 12px" }));
    dialog.appendChild(make(document, "p", { id: "stripe-double-3ds-text", text: "Your bank asks you to confirm the payment of " + formatAmount(intent.amount, intent.currency) + " (test mode)." }, { margin: "0 0 20px", lineHeight: "1.4" }));
    var buttons = make(document, "div", null, { display: "flex", gap: "12px", flexWrap: "wrap" });
    var done = function (result) {
      if (overlay.parentNode) overlay.parentNode.removeChild(overlay);
      if (previousFocus && previousFocus.focus) { try { previousFocus.focus(); } catch (e) { /* ignore */ } }
      resolve(result);
    };
    var ok = make(document, "button", { type: "button", text: "Complete authentication" }, { background: "#1d4ed8", color: "#fff", border: "0", borderRadius: "8px", padding: "10px 16px", fontSize: "15px", cursor: "pointer" });
    var ko = make(document, "button", { type: "button", text: "Fail authentication" }, { background: "#fff", color: "#991b1b", border: "1px solid #991b1b", borderRadius: "8px", padding: "10px 16px", fontSize: "15px", cursor: "pointer" });
    ok.addEventListener("click", function () { ok.disabled = true; ko.disabled = true; done("succeed"); });
    ko.addEventListener("click", function () { ok.disabled = true; ko.disabled = true; done("fail"); });
    buttons.appendChild(ok); buttons.appendChild(ko);
    dialog.appendChild(buttons);
    overlay.appendChild(dialog);
    document.body.appendChild(overlay);
    ok.focus();
  });
}

// ---------------------------------------------------------------------------
// The Stripe object

function StripeDouble(key, options) {
  this._key = key;
  this._options = options || {};
  this._wrappers = [];
  this._appInfo = null;
}

StripeDouble.prototype.elements = function (options) { return new Elements(this, options); };
StripeDouble.prototype.registerAppInfo = function (info) { this._appInfo = info; };
StripeDouble.prototype._registerWrapper = function (wrapper) { this._wrappers.push(wrapper); };

StripeDouble.prototype._retrieve = function (clientSecret) {
  var id = intentIdFromSecret(clientSecret);
  if (!id) return Promise.resolve({ status: 400, json: { error: { type: "invalid_request_error", code: "parameter_invalid", message: "Invalid value for clientSecret: it should look like pi_..._secret_...", param: "client_secret" } } });
  return request(this._key, "GET", "/v1/payment_intents/" + id, { client_secret: clientSecret });
};

StripeDouble.prototype.retrievePaymentIntent = function (clientSecret) {
  return this._retrieve(clientSecret).then(function (r) {
    return r.json.error ? { error: r.json.error } : { paymentIntent: r.json };
  });
};

StripeDouble.prototype.retrieveSetupIntent = function (clientSecret) {
  var id = intentIdFromSecret(clientSecret);
  if (!id) return Promise.resolve({ error: { type: "invalid_request_error", message: "Invalid clientSecret." } });
  return request(this._key, "GET", "/v1/setup_intents/" + id, { client_secret: clientSecret }).then(function (r) {
    return r.json.error ? { error: r.json.error } : { setupIntent: r.json };
  });
};

/** Runs the bank challenge for an intent in requires_action; resolves with the updated intent or an error. */
StripeDouble.prototype._authenticate = function (intent, clientSecret) {
  var key = this._key;
  return challenge(intent).then(function (result) {
    return request(key, "POST", "/v1/payment_intents/" + intent.id + "/_fake_3ds", { client_secret: clientSecret, result: result });
  }).then(function (r) {
    if (r.json.error) return { error: r.json.error };
    return { paymentIntent: r.json };
  });
};

function inPageResult(r) {
  if (r.error) return { error: r.error };
  var pi = r.paymentIntent;
  if (pi.status === "requires_payment_method" && pi.last_payment_error) {
    return { error: Object.assign({}, pi.last_payment_error, { payment_intent: pi }) };
  }
  return { paymentIntent: pi };
}

function paymentMethodDataFrom(card, extra) {
  var data = { type: "card", card: { number: card.number, exp_month: card.exp_month, exp_year: card.exp_year, cvc: card.cvc } };
  var billing = (extra && extra.billing_details) || {};
  var address = Object.assign({ country: card.country }, billing.address || {});
  data.billing_details = Object.assign({}, billing, { address: address });
  return data;
}

StripeDouble.prototype._confirmIntent = function (clientSecret, paymentMethodParams, extra) {
  var id = intentIdFromSecret(clientSecret);
  var params = Object.assign({ client_secret: clientSecret, expand: ["payment_method"] }, extra || {}, paymentMethodParams);
  return request(this._key, "POST", "/v1/payment_intents/" + id + "/confirm", params);
};

StripeDouble.prototype.confirmPayment = function (options) {
  var self = this;
  options = options || {};
  var elements = options.elements;
  var confirmParams = Object.assign({}, options.confirmParams || {});
  var redirect = options.redirect || "always";
  var clientSecret = options.clientSecret || (elements && elements._options.clientSecret);
  if (!clientSecret) return Promise.reject(integrationError("stripe.confirmPayment(): a clientSecret is required, either on elements() or in the call."));
  if (options.clientSecret && elements && elements._options.clientSecret && options.clientSecret !== elements._options.clientSecret) {
    console.warn("Stripe.js double: confirmPayment clientSecret differs from the one Elements was created with.");
  }
  var returnUrl = confirmParams.return_url;
  if (!returnUrl && redirect !== "if_required") return Promise.reject(integrationError("stripe.confirmPayment(): the confirmParams.return_url argument is required unless passing redirect: 'if_required'."));
  if (!elements) return Promise.reject(integrationError("stripe.confirmPayment(): the elements argument is required."));
  if (elements._options.clientSecret === undefined && !elements._submitted) {
    return Promise.resolve({ error: { type: "invalid_request_error", code: "elements_submit_required", message: "elements.submit() must be called before stripe.confirmPayment()." } });
  }
  var el = elements._card();
  if (!el) return Promise.reject(integrationError("stripe.confirmPayment(): no Payment Element is mounted."));
  var checked = el._validate();
  if (checked.error) return Promise.resolve({ error: checked.error });
  var pmData = paymentMethodDataFrom(checked.card, confirmParams.payment_method_data);
  var extra = {};
  Object.keys(confirmParams).forEach(function (k) { if (k !== "payment_method_data") extra[k] = confirmParams[k]; });
  el._setDisabled(true);
  var finish = function (result) { el._setDisabled(!!el._options.readOnly); return result; };
  var goBack = function (pi, status) {
    window.location.assign(appendQuery(returnUrl, { payment_intent: pi.id, payment_intent_client_secret: clientSecret, redirect_status: status }));
    return new Promise(function () { /* the page is going away */ });
  };
  return this._confirmIntent(clientSecret, { payment_method_data: pmData }, extra).then(function (r) {
    if (r.json.error) return finish({ error: r.json.error });
    var pi = r.json;
    if (pi.status === "requires_action") {
      return self._authenticate(pi, clientSecret).then(function (auth) {
        if (returnUrl && CONFIG.threeDSecure === "redirect") {
          if (auth.error) return finish({ error: auth.error });
          var ok = auth.paymentIntent.status === "succeeded" || auth.paymentIntent.status === "requires_capture" || auth.paymentIntent.status === "processing";
          return goBack(auth.paymentIntent, ok ? "succeeded" : "failed");
        }
        return finish(inPageResult(auth));
      });
    }
    if (redirect === "if_required") return finish({ paymentIntent: pi });
    return goBack(pi, pi.status === "processing" ? "pending" : "succeeded");
  });
};

StripeDouble.prototype.confirmCardPayment = function (clientSecret, data, options) {
  var self = this;
  data = data || {};
  var handleActions = !options || options.handleActions !== false;
  var pmParams;
  var pm = data.payment_method;
  if (typeof pm === "string") pmParams = { payment_method: pm };
  else if (pm && pm.card && typeof pm.card._validate === "function") {
    var checked = pm.card._validate();
    if (checked.error) return Promise.resolve({ error: checked.error });
    pmParams = { payment_method_data: paymentMethodDataFrom(checked.card, pm) };
  } else pmParams = {};
  var extra = {};
  Object.keys(data).forEach(function (k) { if (k !== "payment_method") extra[k] = data[k]; });
  return this._confirmIntent(clientSecret, pmParams, extra).then(function (r) {
    if (r.json.error) return { error: r.json.error };
    var pi = r.json;
    if (pi.status === "requires_action" && handleActions) return self._authenticate(pi, clientSecret).then(inPageResult);
    return { paymentIntent: pi };
  });
};

StripeDouble.prototype.handleNextAction = function (options) {
  var self = this;
  var clientSecret = options && options.clientSecret;
  return this._retrieve(clientSecret).then(function (r) {
    if (r.json.error) return { error: r.json.error };
    if (r.json.status !== "requires_action") return { paymentIntent: r.json };
    return self._authenticate(r.json, clientSecret).then(inPageResult);
  });
};
StripeDouble.prototype.handleCardAction = function (clientSecret) { return this.handleNextAction({ clientSecret: clientSecret }); };

StripeDouble.prototype.createPaymentMethod = function (options) {
  options = options || {};
  var el = options.elements ? options.elements._card() : options.card;
  if (!el || typeof el._validate !== "function") return Promise.reject(integrationError("stripe.createPaymentMethod(): pass elements or a card Element."));
  var checked = el._validate();
  if (checked.error) return Promise.resolve({ error: checked.error });
  var params = paymentMethodDataFrom(checked.card, options.params || options);
  if (options.metadata) params.metadata = options.metadata;
  return request(this._key, "POST", "/v1/payment_methods", params).then(function (r) {
    return r.json.error ? { error: r.json.error } : { paymentMethod: r.json };
  });
};

StripeDouble.prototype.createToken = function (element) {
  if (!element || typeof element._validate !== "function") return Promise.reject(integrationError("stripe.createToken(): pass a card Element."));
  var checked = element._validate();
  if (checked.error) return Promise.resolve({ error: checked.error });
  var c = checked.card;
  return Promise.resolve({ token: {
    id: "tok_double" + Math.random().toString(36).slice(2, 12), object: "token", type: "card", livemode: false, used: false, created: Math.floor(Date.now() / 1000),
    card: { object: "card", brand: /^4/.test(c.number) ? "Visa" : "Unknown", last4: c.number.slice(-4), exp_month: c.exp_month, exp_year: c.exp_year, country: c.country }
  } });
};

StripeDouble.prototype.confirmSetup = function (options) {
  options = options || {};
  var elements = options.elements;
  var clientSecret = options.clientSecret || (elements && elements._options.clientSecret);
  var el = elements && elements._card();
  if (!clientSecret || !el) return Promise.reject(integrationError("stripe.confirmSetup(): elements and a clientSecret are required."));
  var checked = el._validate();
  if (checked.error) return Promise.resolve({ error: checked.error });
  var id = intentIdFromSecret(clientSecret);
  var confirmParams = options.confirmParams || {};
  return request(this._key, "POST", "/v1/setup_intents/" + id + "/confirm", { client_secret: clientSecret, payment_method_data: paymentMethodDataFrom(checked.card, confirmParams.payment_method_data) }).then(function (r) {
    if (r.json.error) return { error: r.json.error };
    if (options.redirect === "if_required" || !confirmParams.return_url) return { setupIntent: r.json };
    window.location.assign(appendQuery(confirmParams.return_url, { setup_intent: r.json.id, setup_intent_client_secret: clientSecret, redirect_status: "succeeded" }));
    return new Promise(function () {});
  });
};

StripeDouble.prototype.paymentRequest = function () {
  var emitter = new Emitter();
  emitter.canMakePayment = function () { return Promise.resolve(null); };
  emitter.show = function () {};
  emitter.abort = function () {};
  emitter.update = function () {};
  emitter.isShowing = function () { return false; };
  return emitter;
};

function Stripe(key, options) {
  if (typeof key !== "string" || !/^pk_(test|live)_/.test(key)) {
    throw integrationError("Invalid value for Stripe(): apiKey should be a publishable key (pk_...). You specified: " + key + ".");
  }
  return new StripeDouble(key, options);
}
Stripe.version = VERSION;
Stripe.__double = true;
window.Stripe = Stripe;
`
