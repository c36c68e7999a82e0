#!/usr/bin/env python3
"""Mechanical checks of the gold annotations in this directory.

Usage: python3 seeds/gold/check_gold.py [--uncovered]
Exits non-zero if any record fails. --uncovered also lists, per seed, the numbers of the text that
no record's evidence covers (to review what was left out on purpose).
"""
import json, os, re, sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.dirname(HERE)
UNIT_JAVA = os.path.join(SEEDS, '..', 'numbers', 'src', 'main', 'java', 'io', 'github', 'zhibiao', 'numbers', 'Unit.java')

REQUIRED = ["kind", "indicator", "name", "subject", "period", "value", "unit", "change", "change_unit",
            "direction", "qualifier", "commitment", "estimated", "evidence"]
OPTIONAL = ["from", "rank", "note"]
CODES = set("""GDP GDP_PER_CAPITA PRIMARY_INDUSTRY_VALUE_ADDED SECONDARY_INDUSTRY_VALUE_ADDED
TERTIARY_INDUSTRY_VALUE_ADDED INDUSTRIAL_VALUE_ADDED_ABOVE_SCALE INDUSTRIAL_OUTPUT_ABOVE_SCALE
INDUSTRIAL_REVENUE_ABOVE_SCALE FIXED_ASSET_INVESTMENT MANUFACTURING_INVESTMENT RETAIL_SALES ONLINE_RETAIL_SALES
GENERAL_BUDGET_REVENUE GENERAL_BUDGET_EXPENDITURE TAX_REVENUE URBAN_DISPOSABLE_INCOME RURAL_DISPOSABLE_INCOME
FOREIGN_TRADE EXPORTS IMPORTS FOREIGN_INVESTMENT_USED NEW_URBAN_JOBS URBAN_UNEMPLOYMENT_RATE URBANIZATION_RATE
CPI ENERGY_INTENSITY GRAIN_OUTPUT PROFIT_TOTAL SERVICES_REVENUE_ABOVE_SCALE LIVELIHOOD_SPENDING_SHARE OTHER""".split())
NEW_CODES = set("""INDUSTRIAL_VALUE_ADDED INDUSTRY_OUTPUT INDUSTRIAL_INVESTMENT REAL_ESTATE_INVESTMENT
HIGH_TECH_OUTPUT_SHARE HIGH_TECH_ENTERPRISES TOURIST_ARRIVALS BRAND_VALUE LIVELIHOOD_SPENDING BUILT_UP_AREA
AIR_QUALITY_INDEX PM25_CONCENTRATION GOOD_AIR_DAYS HIGH_STANDARD_FARMLAND GRAIN_SOWN_AREA""".split())
KINDS = {"fact", "target"}
DIRECTIONS = {None, "increase", "decrease", "flat"}
QUALIFIERS = {None, "about", "at_least", "more_than", "nearly", "at_most"}
QUAL_CUES = {"about": ["左右", "约"], "at_least": ["以上", "不低于", "不少于", "至少"],
             "more_than": ["超过", "突破", "超", "多", "余", "逾"], "nearly": ["近", "接近"],
             "at_most": ["以内", "不超过", "以下", "不高于"]}
PERIOD = re.compile(r'^\d{4}(-\d{2})?(/\d{4}(-\d{2})?)?$')
DECIMAL = re.compile(r'^-?\d+(\.\d+)?$')
NUM = re.compile(r'(\d+(?:\.\d+)?)\s*(?:多|余)?(千亿|百亿|亿|千万|百万|万)?')
MAG = {None: 1, '万': 10**4, '百万': 10**6, '千万': 10**7, '亿': 10**8, '百亿': 10**10, '千亿': 10**11}


def units():
    text = open(UNIT_JAVA, encoding='utf-8').read()
    return set(re.findall(r'^\s{4}([A-Z_]+)\(Dimension', text, re.M))


def amounts(evidence):
    """Every number of the evidence, with and without the magnitude that follows it."""
    out = set()
    for m in NUM.finditer(evidence):
        n = Decimal(m.group(1))
        out.add(n)
        out.add(n * MAG[m.group(2)])
    for word, mag in (('百亿', 10**10), ('千亿', 10**11)):   # 突破百亿元: magnitude with no digit
        if word in evidence:
            out.add(Decimal(mag))
    return out


def check_file(path, text, unit_codes, errors):
    recs, pos = [], 0
    for i, line in enumerate(open(path, encoding='utf-8'), 1):
        where = f'{os.path.basename(path)}:{i}'
        def err(msg):
            errors.append(f'{where}: {msg}')
        try:
            r = json.loads(line)
        except ValueError as e:
            err(f'bad JSON: {e}'); continue
        recs.append(r)
        missing = [k for k in REQUIRED if k not in r]
        extra = [k for k in r if k not in REQUIRED + OPTIONAL]
        if missing or extra:
            err(f'missing {missing} extra {extra}'); continue
        if r['kind'] not in KINDS: err(f"kind {r['kind']}")
        if r['indicator'] not in CODES | NEW_CODES: err(f"indicator {r['indicator']}")
        if r['period'] is not None and not PERIOD.match(r['period']): err(f"period {r['period']}")
        if r['direction'] not in DIRECTIONS: err(f"direction {r['direction']}")
        if r['qualifier'] not in QUALIFIERS: err(f"qualifier {r['qualifier']}")
        if not isinstance(r['estimated'], bool): err('estimated not boolean')
        if r['kind'] == 'fact' and r['commitment'] is not None: err('fact with commitment')
        if r['kind'] == 'target' and r['estimated']: err('estimated target')
        if r['value'] is None and r['change'] is None: err('neither value nor change')
        ev = r['evidence']
        at = text.find(ev, pos)
        if at < 0:
            at = text.find(ev)
            err('evidence not in text' if at < 0 else 'evidence out of text order')
        else:
            pos = at
        if r['name'] not in ev: err(f"name {r['name']!r} not in evidence")
        if r['subject'] is None: err('no subject')
        if r['commitment'] is not None and r['commitment'] not in text: err('commitment word not in text')
        nums = amounts(ev)
        for field, unit_field in (('value', 'unit'), ('change', 'change_unit'), ('from', None)):
            v = r.get(field)
            if v is None:
                if unit_field and r[unit_field] is not None: err(f'{unit_field} without {field}')
                continue
            if not isinstance(v, str) or not DECIMAL.match(v): err(f'{field} {v!r} not a plain decimal string'); continue
            if Decimal(v) not in nums: err(f'{field} {v} not found in evidence')
            if unit_field and r[unit_field] not in unit_codes: err(f'{unit_field} {r[unit_field]}')
        if r['change'] is not None and r['direction'] is None: err('change without direction')
        if r['qualifier'] and not any(c in ev for c in QUAL_CUES[r['qualifier']]): err('qualifier cue not in evidence')
        if r.get('rank') is not None and r['rank'] not in text: err('rank not in text')
    return recs


def uncovered(text, recs):
    spans = []
    for r in recs:
        start = text.find(r['evidence'])
        spans.append((start, start + len(r['evidence'])))
    out = []
    for m in re.finditer(r'\d+(?:\.\d+)?', text):
        if not any(a <= m.start() < b for a, b in spans):
            out.append(text[max(0, m.start() - 12):m.end() + 6].replace('\n', ' '))
    return out


def main():
    unit_codes, errors, show = units(), [], '--uncovered' in sys.argv
    for name in sorted(os.listdir(HERE)):
        if not name.endswith('.facts.jsonl'):
            continue
        seed = os.path.join(SEEDS, name[:-len('.facts.jsonl')] + '.txt')
        text = open(seed, encoding='utf-8').read()
        recs = check_file(os.path.join(HERE, name), text, unit_codes, errors)
        facts = sum(r.get('kind') == 'fact' for r in recs)
        print(f'{name}: {len(recs)} records ({facts} facts, {len(recs) - facts} targets)')
        if show:
            for u in uncovered(text, recs):
                print('    not covered:', u)
    for e in errors:
        print('ERROR', e)
    print('OK' if not errors else f'{len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
