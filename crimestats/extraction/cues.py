"""The words around figures: the regular expressions the extractor reads sentences with.

Pure data for ``mentions``: place-name shapes, cue words before and after a number (roles,
comparisons, distractors), clause boundaries, directions and the genre's set phrases, with
examples of the text they are for in the comments. Compiled once, at import; ``mentions`` adds
the speed-ups of ``fastre`` (mirrors, case-folded copies, literal prefilters) on top.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------- places beyond the gazetteer

PLACE_NAME = (
    # "St Thomas's": a saint's name ends in a possessive
    r"(?:St\s[A-Z][a-z]+['’]s(?![a-z])|"
    r"[A-Z][a-z]+(?:['’]s)?(?:(?:-|\s|-(?:upon|on|under|in|le|by|the)-|\s(?:upon|on|under|le)\s)[A-Z][a-z]+){0,3})"
)
PLACE_NAME_STOP = set(
    (
        "The This That These Those There Their Its It In On At For From With And But Total "
        "Addition Comparison Contrast Particular General Fact Summary Overall Meanwhile However "
        "January February March April May June July August September October November December "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Police Crime Crimes Court "
        "Parliament Government Home Office Chief Constable Inspector Superintendent Sergeant "
        "Commissioner Council Britain British National Transport Military Border Ministry "
        "Metropolitan Figures Statistics Data Report Reports Last Recent Violence Violent "
        "Burglary Burglaries Robbery Theft Drug Drugs Sexual Fraud Shoplifting Vehicle Anti "
        "Criminal Public Possession Homicide Knife Stalking Rape Local Our Your All Some Most "
        "Many Operation Safer Community Neighbourhood Independent Office Labour Conservative "
        "Neighbouring Nearby Constabulary Service "
        "Liberal Tory Mr Mrs Ms Dr Det Insp Supt Sgt Ch PC PCSO ONS Home Secretary Minister "
        "Year Years Month Months Week Weeks Europe European My Officers Detectives Residents Forces "
        "Victims Shops Retailers Councils Schools Teams Patrols People Staff Volunteers Businesses "
        "Drivers Families Homes Neighbours Councillors Campaigners Researchers Analysts "
        # words that head a line of a key-figures box ("Rate: 82.9", "Busiest ward: ...")
        "Rate Rates Busiest Quietest Highest Lowest Change Period Source Population Key Average"
    ).split()
)
FORCE_RE = re.compile(rf"(?<![\w\-])(?P<name>{PLACE_NAME})\s+(?:Police|Constabulary)\b")
# "Tupsley had 37 crimes", "St Nicholas recorded 22 crimes": a name as the subject of a count
SUBJECT_PLACE_RE = re.compile(
    rf"[ \t]*(?P<name>{PLACE_NAME}(?:\s+and\s+{PLACE_NAME})?)"
    # "Cathall, in Leytonstone, recorded 1,204", "St David's, which covers the city centre, recorded"
    rf"(?:,\s+in\s+(?:the\s+(?:heart|centre|middle)\s+of\s+)?{PLACE_NAME},|,\s+(?:which|where)\s[^,;\d]{{3,90}},)?"
    r"\s+(?:had|recorded|saw|logged|reported|came\s+(?:top|second|third|fourth|fifth|next|last)\s+with"
    r"|was\s+(?:next|second|third|fourth|fifth)\s+with)\s+"
    r"(?:a\s+total\s+of\s+|just\s+|only\s+)?(?=\d|(?:no|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve)\s+(?:crimes?|offences?|incidents?|burglar|robber|thefts?)|(?:no|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
)
# "Queen's Park had the least crime of any Westminster ward, with 870 offences"
RANKED_SUBJECT_PLACE_RE = re.compile(
    rf"[ \t]*(?P<name>{PLACE_NAME}(?:\s+and\s+{PLACE_NAME})?)\s+(?:(?:had|recorded|saw)\s+the\s+"
    r"(?:least|most|fewest|lowest|highest)\s+(?:number\s+of\s+)?(?:crimes?|offences|reports)\s+of\s+any\b"
    # "Brinnington and Central once again topped the table of Stockport's most crime-hit wards"
    r"|(?:once\s+again\s+|again\s+)?topped\s+the\s+table\b)"
)
WARDS_WORD_RE = re.compile(r"(?i)\b(?:wards?|villages?|parish(?:es)?|estates?)\b")
# "At ward level, St Ann's saw violence without injury more than double, ..., while Arboretum
# recorded 389 stalking and harassment offences": wards as the subjects of their clauses
WARD_LEVEL_SUBJECT_RE = re.compile(
    rf"[ \t]*(?:At|at)\s+(?:ward|neighbourhood)\s+level,\s+(?P<name>{PLACE_NAME}(?:['’]s)?)\s+"
    r"(?:had|recorded|saw|logged|reported)\b"
)
# "The quietest ward was Pheasey, ... with 402 crimes"
WARD_WAS_RE = re.compile(
    rf"\b(?:ward|neighbourhood)\s+(?:was|is)\s+(?P<name>{PLACE_NAME})(?=[,\s])"
)
WHILE_SUBJECT_PLACE_RE = re.compile(
    rf",\s+(?:while|whereas|and)\s+(?:neighbouring\s+|nearby\s+)?(?P<name>{PLACE_NAME}(?:\s+and\s+{PLACE_NAME})?(?:['’]s)?)"
    r"\s+(?:had|recorded|saw|logged|reported)\s+(?:(?:a\s+total\s+of\s+|just\s+|only\s+|an?\s+)?(?=\d)"
    # "while neighbouring Castle and Priory saw violent crime rise by 14 per cent"
    r"|(?=[a-z][a-z\s\-]{2,40}\s(?:rise|fall|rising|falling|go\s+up|go\s+down|increase|decrease)\b))"
)
LEAD_PLACE_RE = re.compile(
    rf"(?:In|Across|Throughout|Within)\s+(?P<name>{PLACE_NAME}(?:\s+and\s+{PLACE_NAME})?)\s*,"
)
STOP_LEAD_RE = re.compile(r"(\w+)\s+(?=[A-Z])")
# "the town centre ward of Fairfield"
WARD_OF_RE = re.compile(rf"\bward\s+of\s+(?P<name>{PLACE_NAME})\b")
WARD_RE = re.compile(
    # not "of any Westminster ward": the borough whose wards are meant
    r"(?<!\bany\s)(?<!\bevery\s)(?<!\beach\s)(?<!\bother\s)(?<!\bone\s)"
    rf"(?<![\w\-])(?P<name>{PLACE_NAME}(?:\s+and\s+{PLACE_NAME})?)(?<!['’]s)\s+(?:ward|neighbourhood)\b"
    # "Scunthorpe's neighbourhood team", "the Hexham neighbourhood policing team": no ward
    r"(?!\s+(?:policing\s+)?(?:team|officers?|sergeant|inspector|policing|watch)\b)"
)
AFTER_OFFENCE_PLACE_RE = re.compile(
    rf"\s+(?:in|across|throughout)\s+(?P<name>{PLACE_NAME}(?:\s+and\s+{PLACE_NAME})?)(?![\w'’])"
)
LABEL_RE = re.compile(
    rf"(?:\d{{1,2}}\.\s+|[-•*▪●■·]\s+)?(?!(?:Published|Updated|Posted|Issued|Dated?|Filed|Released"
    rf"|Last\s+updated)\b)(?P<name>{PLACE_NAME}(?:\s+and\s+{PLACE_NAME})?)\s*(?:[:–—]|\s-)\s*[\d(]"
)
AREA_GAP_RE = re.compile(
    r"(?i)[\s,]*(?:(?!(?:and|but|while|whilst|whereas|or|compared|than)\b)[\w\-]+\s+){0,3}?"
    r"(?:in|across|for|throughout|within|on)\s+(?:the\s+)?(?:neighbouring\s+|nearby\s+)?"
)
# "4,502 of the Carmarthenshire total", "2,960 of Pembrokeshire's": the part of a place's whole
PART_OF_PLACE_GAP_RE = re.compile(r"\s+of\s+(?:the\s+)?")
PART_OF_PLACE_AFTER_RE = re.compile(r"['’]s\b|\s+(?:total|figure|tally|count)\b")
AGENT_AFTER_RE = re.compile(
    r"\s+(?:Police|Constabulary|police)\b(?!\s+(?:force\s+)?area|['’]s\s+area)"
)
WIDER = ("police_force_area", "region", "nation")
FIGURE_AFTER_PLACE_RE = re.compile(r"(?i)\s+(?:(?:it\s+)?(?:by|to|was|were|rose|fell)\s+)?[£\d]")
WIDER_BEFORE_RE = re.compile(r"(?i)\bwider\s+$")
SAME_NUMBER_OF_RE = re.compile(
    r"(?i)\b(?:recorded|saw|had|logged)\s+(?:(?:roughly|about|almost|exactly)\s+)?the\s+same\s+"
    r"(?:number|level|amount)\s+of\s+"
)
DEFINITION_RE = re.compile(
    r"(?i)\s*(?:the|this|that|which|it)\s+(?:category|figure|measure|definition|total|group)\s+"
    r"(?:also\s+)?(?:covers|includes|excludes|is\s+made\s+up\s+of|takes\s+in|counts)\b"
)
PLACE_HEADING_RE = re.compile(r"[ \t#*■•]*[A-Z][\w'’\- ]{1,60}?(?:\s+figures)?[ \t]*:?[ \t]*")
# a sentence led by a part of the figures before it: "Of those, ...", "Nine of these were ..."
SUBSET_LEAD_RE = re.compile(
    r"(?i)\s*(?:of\s+(?:those|these|them)\b|[\w,]+\s+of\s+(?:those|these|them)\s+(?:were|was)\b)"
)
OF_THOSE_RE = re.compile(r"(?i)\s*of\s+(?:those|these|them|which|the\s+total)\b")
CAPS_LINE_RE = re.compile(r"(?m)^(?=[^a-z\n]*[A-Z]{3})[^a-z\n]{4,120}$")
FORCE_NAME_END_RE = re.compile(r"\b(?:Police|Constabulary|Police\s+Service)$")
AREA_WORD_AFTER_RE = re.compile(r"\s+(?:force\s+)?area\b|['’]s\s+area")
# the prepositions of "in the county", "across the force area", "on the island"
PLACE_PREPOSITIONS = r"(?:across|in|throughout|for|of|within|around|over|on|by)"
ANAPHORA_RE = re.compile(
    rf"(?i)\b(?:{PLACE_PREPOSITIONS}\s+the\s+(?:wider\s+)?"
    r"(?:whole\s+)?(?P<kind>county|town|city|borough|district|resort|island|force\s+area|force|policing\s+area"
    r"|country|nation|capital|ward)\b(?!\s+(?:level|boundar|councillor|panel|member|meeting))"
    # the place as a subject: "while the county saw a 14 per cent fall", "the county total"
    r"|\bthe\s+(?P<kind2>county|town|city|borough|district|force)(?=\s+(?:also\s+)?(?:saw|recorded|had|"
    r"logged|reported|total|figure|as\s+a\s+whole)\b)"
    # "The borough's rate was 81.4"
    r"|\bthe\s+(?P<kind3>town|city|borough|district|capital)(?=['’]s\b)"
    r"|(?P<nat>nationally|nationwide|(?<!office\sfor\s)(?<!according\sto\snew\s)(?<!according\sto\s)"
    r"(?<!according\sto\sthe\s)(?<!according\sto\slatest\s)national(?=\s+(?:figures?|average|level|picture|rate|rise|fall"
    r"|increase|decrease|"
    r"trend|data|statistics))|the\s+country\s+as\s+a\s+whole|(?:across|in)\s+(?:the\s+two|both)\s+nations)\b"
    r"|(?P<cw>county[\s\-]?wide|force[\s\-]?wide|the\s+(?:county|force)['’]s)\b"
    # "the borough-wide rate of 61.9"
    r"|(?P<tw>borough|city|district)[\s\-]wide\b)"
)
COMPARATOR_BEFORE_RE = re.compile(
    r"(?i)(?:\bthan|\bcompar(?:ed|es|ing)\s+(?:with|to)|\baverage|\bagainst(?!\s+the\s+person)|\bin\s+line\s+with|\bversus"
    r"|\b(?:well\s+|far\s+|just\s+)?(?:above|below)|\b(?:half|twice|double|treble)(?:\s+the)?\b"
    r"|\bvs\.?|\bsimilar\s+to|\bbehind|\bahead\s+of|\bbucking|\bunlike|\bdefying|\bcontrary\s+to|\boutside)\b"
    # ... in the same clause: "above the national average, even though across England and
    # Wales crime was stable" compares nothing with England and Wales
    r"(?:(?!\b(?:though|although|while|whilst|whereas|but)\b)(?:[^.;]|\.\d)){0,40}$"
)

# ---------------------------------------------------------------- clause structure

CLAUSE_SPLIT_RE = re.compile(
    r";|,?\s+(?:while|whilst|whereas|but|although|despite|meanwhile|(?:though|however)(?!\s*,))\b,?"
    r"(?!\s+only\s+by\b)"  # "to see crime go up, though only by 24 offences": the same change
    # "fell by 14 per cent to 16,208, putting the force's goal of ... within reach"
    r"|,\s+(?:putting|meaning|which\s+(?:puts|means)|(?:driven|fuelled|caused)\s+(?:largely\s+|mainly\s+)?by)\b"
    # "1,862 crimes were reported, not counting a further 512 reports of anti-social behaviour"
    r"|,\s+not\s+counting\b"
    # "fell by 11.2 per cent to 412 offences, a drop the partnership put down to extra patrols"
    r"|,\s+an?\s+(?:drop|fall|rise|increase|reduction|decrease|improvement)\s+(?=(?:which|that|the|officers"
    r"|police|it)\b)"
    # "fell by a third, from 312 to 208, after a series of arrests": what explains the figure
    r"|,\s+after\s+(?:a|an)\s+(?:series|spate|string|wave|number|run)\s+of\b"
    r"|,\s+after\s+(?:a|an|the)\s+(?:[\w\-]+\s+)?(?:crackdown|campaign|operation|blitz)\b"
    # "went up by 19 per cent, largely as a result of stop searches ... in August": the cause
    r"|,\s+(?:(?:largely|mainly|partly|mostly|in\s+part)\s+)?(?:as\s+a\s+result\s+of|due\s+to|because\s+of"
    r"|thanks\s+to|owing\s+to)\b"
    # "2,614 crimes were recorded ..., with falls in violence, criminal damage and vehicle crime"
    r"|,\s+with\s+(?:(?:a|an|sharp|big|notable|small)\s+)?(?:falls?|rises?|increases?|decreases?"
    r"|reductions?|drops?|declines?)\s+(?:in|for)\b",
    re.IGNORECASE,
)
BEFORE_OFFENCE_SPLIT_RE = re.compile(
    r"(?i)(?:,|\band|\bwith|\bas\s+well\s+as|\bplus|\bwhile|\bwhilst)\s+(?:(?:the|a|an|while|"
    r"with|and)\s+)?(?:(?:number|level|levels|rate|amount|count|total)\s+of\s+)?(?:(?:recorded|"
    r"reported|police[\s\-]recorded)\s+)?$"
)
PARA_BREAK_RE = re.compile(r"\n[ \t\r]*\n")
TAIL_CLAUSE_RE = re.compile(r",\s+(?:and|so|as)\s+(?!(?:the\s+)?(?:number|rate|level|total)\b)")
AND_NUMBER_RE = re.compile(
    r"(?i)\s+and\s+(?=(?:(?:a|an|another)\s+)?(?:[£$]?\d|(?:almost|nearly|just|more\s+than|"
    r"over|about|around)\s+\d))"
)

# ---------------------------------------------------------------- words around a number

UP_WORDS = (
    r"rose|rise|rises|rising|risen|increase|increased|increases|increasing|up|higher|more(?!\s+than)"
    r"|jump|jumped|jumps|jumping|soared|soar|soaring|climbed|climb|climbing|grew|grow|growth|surge|surged"
    r"|spike|spiked|hike|leapt|leap|leaped|doubled|tripled|trebled|uplift|upturn|worsened"
)
DOWN_WORDS = (
    r"fell|fall|falls|falling|fallen|drop|dropped|drops|dropping|down|decrease|decreased|decreases"
    r"|decreasing|decline|declined|declines|declining|reduce|reduced|reduces|reduction|reductions"
    r"|reducing|lower|fewer(?!\s+than)|less(?!\s+than)|cut|cuts|dip|dipped|slump|slumped"
    r"|plummeted|plunged|shrank|halved|improvement|slipped|slips|slid|tumbled|sank|eased"
)
CUE_RE = re.compile(rf"(?i)\b(?:(?P<up>{UP_WORDS})|(?P<down>{DOWN_WORDS}))\b")
SHARED_PCT_AFTER_RE = re.compile(
    r"(?i)(?:\s*,\s*[+\-]?\d[\d,.]*)*\s+and\s+[+\-]?\d[\d,.]*\s?(?:%|per\s?cent\b|percent\b|pc\b)"
)
PCT_RE = re.compile(r"(?i)\s?(?:%|per\s?cent\b|percent\b|pc\b|per-cent\b)")
CUE_AFTER_RE = re.compile(
    rf"(?i)[\s,]*(?:(?:year[\s\-]on[\s\-]year|annual|overall|significant|slight|massive|huge|"
    rf"further|small|sharp|big|large|marked|substantial|\w+ly)\s+)?(?:(?P<up>{UP_WORDS}|more)|"
    rf"(?P<down>{DOWN_WORDS}|fewer|less))\b"
)
PROPORTION_AFTER_RE = re.compile(r"(?i)\s*(?:of|points?|percentage\s+points?)\b")
PROPORTION_BEFORE_RE = re.compile(
    r"(?i)(?:accounted\s+for|accounting\s+for|made\s+up|makes\s+up|make\s+up|represent(?:ed|s|ing)?"
    r"|proportion\s+of|share\s+of|comprised?|rate\s+of|rate\s+was|rate\s+is|(?<!\bby\s)(?<!\bup\s)(?<!\bdown\s)(?<!\brose\s)(?<!\bfell\s)(?:only|just))\s+$"
)
RATE_AFTER_RE = re.compile(
    r"(?i)\s?(?:(?:[a-z\-]+\s+)?(?:crimes?|offences?|incidents?|cases?|victims?|burglaries|thefts|"
    r"robberies)\s+)?(?:recorded\s+)?(?:per|for\s+every|in\s+every|for\s+each)\s+(?:1,000|1000|"
    r"one\s+thousand|thousand)\b"
)
RATE_CONTEXT_RE = re.compile(
    r"(?i)(?:per|for\s+every|for\s+each)\s+(?:1,000|1000|thousand)|\brate\b"
)
RATE_BEFORE_RE = re.compile(
    r"(?i)(?:\brate\b(?:[^.;%]|\.\d){0,120}?\b(?:stood\s+at|was|of|at|is|were|reached|to|from|being"
    r"|compared\s+(?:with|to)|than|against|versus|while|whereas)"
    # "... per 1,000 residents, compared with 90.4 across England and Wales"
    r"|\b(?:per|for\s+every|for\s+each)\s+(?:1,000|1000|thousand)\b(?:[^.;%]|\.\d){0,120}?\b(?:compared\s+(?:with|to)|than"
    r"|against|versus|while|whereas|above|below))\s+"
    r"(?:the\s+)?(?:rate\s+|(?:[\w\-]+\s+){0,4}(?:figure|average|rate)\s+(?:of|at|was|is)\s+)?$"
)
# "With 50 crimes per 1,000 residents, Cumbria ...; the figure for England and Wales as a whole
# was 62": in a sentence about rates, another place's figure is its rate
FIGURE_FOR_BEFORE_RE = re.compile(
    r"(?i)\bthe\s+(?:figure|rate|average)\s+(?:for|in|across)\s+[^.;]{1,60}?\s+(?:was|is|stood\s+at)\s+$"
)
# "The county figure was 32.8 per 1,000 and the national rate 34.9"
RATE_NOUN_BEFORE_RE = re.compile(r"(?i)\band\s+the\s+(?:[\w\-]+\s+)?(?:rate|figure)\s+$")
MORE_FEWER_RE = re.compile(
    r"(?i)\s+(?:(?P<up>more|additional|extra)|(?P<down>fewer|less))\b(?P<rest>[^,.;]{0,40})"
)
CHANGE_NOUN_AFTER_RE = re.compile(
    r"(?i)\s+(?:[a-z\-]+\s+)?(?:(?P<up>increase|rise|jump|hike|surge)|(?P<down>drop|fall"
    r"|decrease|reduction|decline|dip|cut))\b"
)
BY_BEFORE_RE = re.compile(
    rf"(?i)\b(?:(?P<up>{UP_WORDS})|(?P<down>{DOWN_WORDS}))(?:\s+by|,?(?<!\bup)(?<!\bdown)\s+of"
    # "to see crime go up, though only by 24 offences"
    r"|,\s+(?:though|although|albeit)\s+only\s+by)\s+"
    rf"(?:a\s+further\s+|another\s+)?$"
)
UPDOWN_BEFORE_RE = re.compile(
    r"(?i)\b(?:(?<!\bmade\s)(?<!\bmake\s)(?<!\bmakes\s)(?<!\bmaking\s)(?P<up>up)|(?P<down>down))"
    r"\s+(?:by\s+)?$"
)
EXTRA_BEFORE_RE = re.compile(r"(?i)\ban\s+(?P<up>extra|additional)\s+$")
PREV_BEFORE_RE = re.compile(
    r"(?i)(?:\bfrom|\bcompar(?:ed|es|ing)\s+(?:with|to)|\bagainst|\bversus|\bvs\.?|\bthan(?:\s+the)?|\bon"
    r"|\bdouble|\btwice|\bas\s+many\s+as|\((?:it|they|that)\s+(?:was|were|had\s+been))\s+"
    r"(?:the\s+)?(?:previous\s+)?"
    # "little changed on the previous year's 581"
    r"(?:(?:previous|preceding|prior|last)\s+(?:year|period|quarter)['’]s\s+)?$"
)
WHEN_BEFORE_RE = re.compile(
    r"(?i)(?:\bwhen|\bwhere|\bsaw|\brecorded|\bthere\s+(?:were|was|had\s+been)|\bhad|\bof"
    r"|\bwas|\bwere|\bat|\bto)\s+(?:there\s+(?:were|was|had\s+been)\s+)?(?:only\s+|just\s+)?$"
)
# "Stockton's 6,560 was 3% higher": a figure that is the subject of its clause
FIGURE_SUBJECT_AFTER_RE = re.compile(
    r"\s*(?:[,.;)]|\s(?:was|were|is|has|had|fell|rose|dropped|climbed|went|stayed|remained)\b)"
)
# "Six of the nine homicides happened in Derby"
PART_OF_BEFORE_RE = re.compile(r"(?i)\b(?P<n>[a-z]+|\d[\d,]*)\s+of\s+the\s+$")
PART_OF_AFTER_RE = re.compile(r"(?i)\s+of\s+the\s+(?P<n>[a-z]+|\d[\d,]*)\s+")
PART_IN_PLACE_RE = re.compile(
    r"\b(?:happened|took\s+place|occurred|were\s+(?:recorded|committed|reported))\s+in\s+"
    r"(?:the\s+)?(?:(?:city|town|borough|county|district)\s+of\s+)?[A-Z]"
)
DEMONSTRATIVE_BEFORE_RE = re.compile(r"(?i)\b(?:these|those|such)\s+$")
PLACE_PAREN_GAP_RE = re.compile(r"(?:\s+as\s+a\s+whole)?\s*\(")
# "almost twice as many as in Horsham district (6,204)": the bracket holds the place's count
PLACE_COUNT_PAREN_GAP_RE = re.compile(
    r"(?:\s+(?:district|borough|town|city|county|council\s+area|as\s+a\s+whole))?\s*\("
)
FIGURE_PAREN_BEFORE_RE = re.compile(r"\d[\d,.]*%?\s*\(\s*$")
# "..., four in 2020/21 and six in 2021/22"
LIST_ITEM_BEFORE_RE = re.compile(r"(?:,|\band)\s+$")
IN_PERIOD_AFTER_RE = re.compile(r"\s+((?:in|for|during)\s+)(?=\S)")
PERIOD_RIGHT_AFTER_RE = re.compile(r"\s+(?:in|for|during)\s+|\s+")
NUMBER_OF_APPOSITIVE_BEFORE_RE = re.compile(r"(?i)\b(?:number|total)\s+of\s+[^,.;:\d]{3,60},\s*$")
BOTH_PLACES_RE = re.compile(
    r"(?i)\bin\s+both\s+(?:boroughs|towns|districts|areas|counties|cities|forces|places)\b"
)
BOROUGH_WORD_RE = re.compile(r"(?i)\b(?:borough|district)\b")
COMMA_AT_BEFORE_RE = re.compile(r",\s*at\s+$")
TO_BEFORE_RE = re.compile(r"(?i)\bto\s+(?:a\s+(?:total\s+of\s+)?|reach\s+)?$")
COUNT_BEFORE_RE = re.compile(
    r"(?i)(?:[:–—]|\s-|\btotal\s+of|\btotall?(?:ed|ing)|\b(?:stood|standing)\s+at|\bpeaked\s+at|\brecorded\s+at|\bper\s+cent(?:\s+(?:lower|higher|down|up))?\s+at|%(?:\s+(?:lower|higher|down|up))?\s+at|\b(?:total|figure|tally)\s+at|\breach(?:ed|ing)|\bhit(?:ting)?|\bnumbered|\bsaw|,\s*at"
    r"|\brecord(?:ed|ing)|\blogg(?:ed|ing)|\bhad|\bwith|\baccount(?:ed|ing|s)\s+for|\bthere\s+(?:were|was|have\s+been|has\s+been"
    r"|had\s+been))\s*$"
)
COLUMN_LABEL_RE = re.compile(r"[ \t]*(?:[•\-*■][ \t]*)?[A-Za-z][\w'’,()\- ]*?[\w)](?:[ \t]{2,}|\t)")
NONCRIME_LABEL_RE = re.compile(
    r"(?i)\b(?:officers?|officer\s+numbers|staff|pcsos?|calls?|arrests?|seizures?|searches|victims?(?![\s\-]based)|referrals?|"
    r"stop\s+and\s+searches|budget|precept|spending|savings|headcount|vacancies)\b[^:\n]*:\s*$"
)
STEADY_AT_BEFORE_RE = re.compile(
    r"(?i)\b(?:unchanged|steady|stable|flat|level|static|stayed|remained)\b(?:[^.;:\d]){0,50}\bat\s+$"
)
WAS_BEFORE_RE = re.compile(r"(?i)\b(?:was|were|is|are)\s+$")
NUMBER_WORDS_RE = re.compile(r"(?i)\b(?:number|total|figure|tally|count|level)\b")
FILLER_RE = re.compile(
    r"(?i)\s*(?:(?:recorded|reported|separate|individual|new|more|fewer|further|additional|"
    r"police[\s\-]recorded|crimes?\s+of|cases?\s+of|incidents?\s+of|reports?\s+of|counts?\s+of|"
    r"offences?\s+of|instances?\s+of)\s+){0,3}"
)
NONCRIME_RE = re.compile(
    r"(?i)\s?(?:(?!the\b|a\b|an\b|this\b|that\b|last\b|next\b|previous\b|after\b|before\b|as\b|when\b|while\b|and\b|but\b|with\b|since\b|until\b)[a-z\-]+\s+"
    # "165 million bus and tram journeys"
    r"(?:(?:and|or)\s+[a-z\-]+\s+(?=journeys|passengers|trips|visitors))?)?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|officers?"
    r"|staff|equivalents?|ftes?|pcsos?|pcs|sergeants?|inspectors?|volunteers?|specials|detectives?|constables?|people|persons?|residents?|households?|homes?|famil(?:y|ies)|arrests?"
    r"|seizures?|searches|stops|charges|convictions|prosecutions|calls?|warrants|kg|kilos?|"
    r"kilograms?|grams?|tonnes?|miles?|metres?|yards?|feet|mph|pounds|times|points?|places?|"
    r"forces?|wards?|districts|boroughs|counties|authorities|partnerships|neighbourhoods|constituencies|"
    r"streets?|roads?|cameras?|schools?|pupils?|children|men|women|boys|girls|"
    r"patrols?|jobs?|posts?|plants?|properties|bikes|shops|businesses|premises|stores|cars|"
    r"firearms|knives|weapons|guns|suspects|offenders|defendants|prisoners|inmates|cells|beds|"
    r"visits|hits|operations|raids|per\s+100,?000|per\s+10,?000|per\s+100\b|per\s+million|st\b"
    r"|logs|records|files|farms|addresses|students|journeys|passengers|trips|visitors|spectators|fans|tourists|sheep|cattle|cows|lambs|ewes|pigs|horses|dogs|animals|livestock"
    r"|fires|call-outs|callouts|incidents\s+attended"
    # "ending a run of two annual falls"
    r"|(?:(?<=annual\s)|(?<=consecutive\s)|(?<=successive\s)|(?<=yearly\s))(?:falls|rises|increases)"
    r"|non[\s\-]crime|nd\b|rd\b|th\b)\b"
)
STAFF_AFTER_RE = re.compile(
    r"(?i)\s?(?:[a-z\-]+\s+)?(?:officers?|staff|pcsos?|pcs|sergeants?|constables?|detectives?"
    r"|volunteers?|specials|posts|logs|records|files|cameras?|calls?)\b"
)
VICTIMS_RE = re.compile(r"(?i)\s?(?:[a-z\-]+\s+)?victims?\b")
BARE_VICTIMS_THEN_CLAUSE_RE = re.compile(r"(?i)\s?victims\s+(?:as|while|but|after|despite)\s")
IN_EVERY_AFTER_RE = re.compile(
    r"(?i)\s+(?:(?:(?:recorded|reported)\s+)?(?:crimes?|offences?|incidents?|cases?|people|residents?|households?)\s+)?(?:in|out\s+of"
    r"|for(?=\s+every\s+(?!(?:1,?000|100,?000|10,?000)\b)))\s+(?:every\s+)?(?:(?!(?:19|20)\d\d(?!,\d))\d|(?:two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|fifteen|twenty|fifty|a\s+hundred|one\s+hundred|a\s+thousand)\b)"
)
IN_EVERY_BEFORE_RE = re.compile(r"(?i)\b(?:in|every|per|out\s+of|aged|age|ages|top|no\.)\s+$")
# "Homes were broken into 131 times": the times a crime was committed are its count
TIMES_CRIME_BEFORE_RE = re.compile(
    r"(?i)\b(?:burgled|broken\s+into|burglar(?:ised|ized)|raided|targeted|attacked)\s+$"
)
TIMES_AFTER_RE = re.compile(r"(?i)\s+times\b")
# "88 rapes recorded, nine more than in 2015": a change right after an offence's count
OFFENCE_THEN_CHANGE_GAP_RE = re.compile(
    r"(?:\s+(?:recorded|reported|logged|offences|in\s+total))?,\s+"
)
# "while in Merseyside it fell slightly": a pronoun for the offence of the clause before
PRONOUN_SUBJECT_BEFORE_RE = re.compile(r"(?i)\b(?:it|they)\s+$")
# "; violence with injury 1,560 (1,497)": an offence then its figure, as an item of a list
ROW_OFFENCE_BEFORE_RE = re.compile(r"(?i)(?:[;•]|,\s+of\s+which|,\s+including)\s*$")
ROW_FIGURE_AFTER_RE = re.compile(r"\s*(?:\(|,|;|\.(?!\d)|$)", re.M)
# "128.4 per 1,000 people, almost twice the county figure": the place after is compared with
COMPARED_BETWEEN_RE = re.compile(r"(?i)\b(?:twice|half|double|treble|above|below|than)\b")
# the column headings of a table of this period's and last period's counts
TABLE_NOW_HEAD_RE = re.compile(
    r"(?i)(?:offences|crimes|incidents|count|number|total|recorded|this\s+year|latest"
    r"|current(?:\s+year)?)(?:\s+recorded)?"
)
TABLE_PREV_HEAD_RE = re.compile(
    r"(?i)(?:previous|prior|last|preceding)\s+(?:year|12\s+months|twelve\s+months|period)"
    r"|year\s+before|(?:a\s+)?year\s+earlier"
)
# "Violence in Cardiff city centre on weekend nights": the centre of a town as a place of its own
CENTRE_AREA_RE = re.compile(
    r"\b(?:in|across|throughout|within)\s+(?:the\s+)?(?P<name>(?P<town>[A-Z][\w'’\-]+(?:[ \-][A-Z][\w'’\-]+){0,2})"
    r"\s+(?P<kind>city|town)\s+centre)\b(?!['’]s|\s+(?:team|neighbourhood|scheme|ward|beat|patrols?"
    r"|partnership|manager|business|bid|shops?|stores?|car\s+park|station)\b)"
)
OCCASIONS_AFTER_RE = re.compile(r"\s+(?:separate\s+|different\s+)?occasions\b")
# the line introducing a list of targets: "The board has set the following ambitions:"
TARGET_LIST_HEAD_RE = re.compile(
    r"(?i)\b(?:ambitions?|targets?|aims?|objectives?|pledges?|commitments?|goals?|will|plans?\s+to"
    r"|priorities\s+for\s+(?:the\s+)?(?:next|coming))\b"
)
STAFF_LONG_AFTER_RE = re.compile(
    r"(?i)\s?(?:[a-z\-]+\s+){0,3}?(?:officers?|staff|pcsos?|wardens?|workers?|posts|volunteers?)\b"
)
OF_THE_TOTAL_AFTER_RE = re.compile(
    r"(?i)\s+of\s+(?:(?:the|its|their)\s+total|those|these|them)\b(?!\s+(?:were|was)\b)"
)
# a figure of the year before, said after it: "The borough's rate was 98.3 a year earlier."
YEAR_EARLIER_AFTER_RE = re.compile(
    r"(?i)(?:\s+(?:crimes|offences)\s+per\s+1,?000(?:\s+\w+)?)?\s+(?:a\s+year\s+(?:earlier|before|ago)"
    r"|the\s+(?:previous\s+)?year\s+before|last\s+year|in\s+the\s+previous\s+year)\b"
)
FIGURE_DASH_LABEL_RE = re.compile(r"[ \t]+[-–—][ \t]+")
MD_RULE_CELL_RE = re.compile(r":?-{3,}:?")
NONCRIME_SUBJECT_RE = re.compile(
    r"(?i)\bnumber\s+of\s+(?:[a-z\-]+\s+){0,2}?(?:officers|staff|pcsos|detectives|constables"
    r"|volunteers|arrests|calls|stop\s+and\s+searches|searches|charges|prosecutions|convictions"
    r"|victims|residents|people|cameras|patrols)\b"
)
# a capitalised word right before a place name: "Little" in "Little London and Woodhouse"
NAME_WORD_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+) $")
# capitalised words that start a phrase before a place rather than name part of it
NOT_NAME_WORDS = set(
    "Across Throughout Within Around Over Outside Near Beyond Neighbouring Nearby Elsewhere "
    "Both Only Just Even Rural Urban Wider Whole Central Greater Inner Outer Northern Southern "
    "Eastern Western Under Into Onto Between Among Against Compared Versus Like Unlike Including "
    "Excluding Where When While Whereas Although Though Since Until After Before During If So Yet "
    "Nor Or Also Than Despite Of To By As About Above Below Per Every Each Some Any No Not".split()
)
# "33,518 offences in 2013/14 and 36,250 in 2014/15": two years' counts side by side
YEAR_PAIR_RE = re.compile(
    r"(?<![\d,.])(?P<a>\d[\d,]*)\s+(?:[a-z\-]+\s+){0,3}?in\s+(?:the\s+)?(?:(?:financial|calendar)\s+year\s+)?"
    r"(?:19|20)\d\d(?:[/\-–]\d{2,4})?\s+and\s+(?P<b>\d[\d,]*)\s+(?:[a-z\-]+\s+){0,3}?in\s+"
    r"(?:the\s+)?(?:(?:financial|calendar)\s+year\s+)?(?:19|20)\d\d(?:[/\-–]\d{2,4})?"
)
# rows of two figures, "Robbery: 214 / 198", and the sentence that says which comes first
SLASH_ORDER_RE = re.compile(
    r"(?i)with\s+the\s+(?P<p1>[\w/\-–]+(?:\s+[\w/\-–]+)?)\s+(?:figures?|numbers?|totals?)\s+first\s+and\s+"
    r"the\s+(?P<p2>[\w/\-–]+(?:\s+[\w/\-–]+)?)\s+(?:figures?|numbers?|totals?)\s+second"
)
SLASH_NEXT_AFTER_RE = re.compile(r"[ \t]*/[ \t]*\d")
SLASH_PREV_BEFORE_RE = re.compile(r"\d[ \t]*/[ \t]*$")
HEADLINE_IN_PLACE_RE = re.compile(rf"\b(?:in|across|for)\s+(?P<name>{PLACE_NAME})(?![\w'’])")
# the article reports crime as a whole: "overall crime", "total notifiable offences"
ALL_CRIME_NAMED_RE = re.compile(
    r"(?i)\b(?:overall|total|all|recorded|police[\s\-]recorded)\s+crimes?\b|\btotal\s+notifiable"
    r"|\bcrime\s+(?:rose|fell|went|was|has|had|increased|decreased|dropped|climbed|jumped)\b"
)
RAIL_LINE_RE = re.compile(
    r"\b(?:on|along|across)\s+(?:the\s+)?(?P<name>(?:[A-Z][a-z]+\s+){1,3}(?:Main\s+)?Line)\b"
    # "... between London Victoria and the south coast": the ends of the line are part of it
    r"(?P<tail>\s+between\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+and\s+(?:the\s+)?[A-Za-z]+(?:\s+[a-z]+)?)?"
)
# "Two people lost their lives in homicides": victims of a homicide count as its offences
PEOPLE_KILLED_IN_AFTER_RE = re.compile(
    r"(?i)\s+people\s+(?:have\s+)?(?:lost\s+their\s+lives|were\s+(?:killed|murdered))\s+"
    r"(?:in|as\s+a\s+result\s+of)\s+(?=homicides?\b|murders?\b|acts\s+of\s+homicide)"
)
HOMES_BURGLED_AFTER_RE = re.compile(
    r"(?i)\s+(?:homes|houses|households|properties)\b[^.;\d]{0,40}?\b(?:were|had\s+been)\s+"
    r"(?:broken\s+into|burgled|burglarised|targeted\s+by\s+burglars)\b"
)
HYPHEN_HINT_RE = re.compile(r"-[a-z]+(?:-[a-z]+){0,2}-[A-Z]")
HYPHEN_NAME_RE = re.compile(r"(?<![\w\-])[A-Z][a-z]+(?:-[a-z]+){1,3}-[A-Z][a-z]+(?![\w\-])")
IN_PLACE_GAP_RE = re.compile(r"\s+(?:in|across)\s+(?:the\s+)?")
FROM_TO_GAP_RE = re.compile(r"(?:\s+(?:offences|crimes|incidents))?\s+to\s+")
# "while Sheffield's figure was virtually unchanged", "King's Lynn and West Norfolk saw little
# change": a place (or its figure) as the subject of a direction
PLACE_LEAD_GAP_RE = re.compile(
    r"[\s,;]*(?:(?:and|but|while|whilst|whereas|although)\s+)?(?:in\s+)?"
)
PLACE_SUBJECT_GAP_RE = re.compile(r"(?:['’]s\s+(?:figure|total|number|tally|count))?\s+")
# "Breckland came fourth on 6,418", "followed by King's Lynn and West Norfolk on 8,031"
RANKED_ON_BEFORE_RE = re.compile(
    r"(?i)\b(?:came\s+(?:top|first|second|third|fourth|fifth|sixth|seventh|next|last)"
    r"|followed\s+by\s+[A-Z][^,;.]{1,50}?|(?:was|were)\s+(?:next|second|third|fourth|fifth))\s+on\s+$"
)
# "Calderdale came fourth at 110.2", "Leeds was second at 115.0": a place's rank, by its rate
RANKED_AT_BEFORE_RE = re.compile(
    r"(?i)\b(?:came|comes|was|is|were|ranked|placed|sat|stood|had|recorded)\s+(?:the\s+)?(?:top|first|second|third|fourth"
    r"|fifth|sixth|seventh|eighth|ninth|tenth|next|last|\d{1,2}(?:st|nd|rd|th)|(?:(?:second|third)"
    r"\s+)?(?:highest|lowest))\s+(?:(?:crime\s+)?rate\s+)?(?:at|on)\s+$"
)
COUNT_COMPARED_BEFORE_RE = re.compile(r"(?i)\b(?:against|compared\s+(?:with|to)|versus|than)\s+$")
AT_FIGURE_AFTER_RE = re.compile(r"\s+(?:at|on|with)\s+\d")
PLACE_PAREN_LIST_BEFORE_RE = re.compile(r"\)\s+and\s+[A-Z][\w'’\- ]{1,40}\($")
# the geographic last word of a longer place name: "Craven Arms", "Hyde Park", "Sharrow Vale"
PLACE_SUFFIX_AFTER_RE = re.compile(
    r" (?:Arms|Park|Hill|Hills|Green|Heath|Vale|Cross|Common|End|Wood|Oak|Marsh|Moor|Fields|Gate"
    r"|Bank|Bridge|Town|Village|Estate|Central|North|South|East|West)"
    r"(?![\w'’\-])(?!\s+(?:Police|Constabulary|Council|Borough|District|Court|Station)\b)"
)
OF_SUBSET_RE = re.compile(r"(?i)\s+of\s+(?:the|those|these|them|all|its|their|which|whom)\b")
# "Calls to police about hare coursing fell from 604 to 351": calls are not crimes
CALLS_SUBJECT_RE = re.compile(
    r"(?i)\s*(?:the\s+number\s+of\s+)?(?:[a-z\-]+\s+)?calls\s+(?:to|about|from|for|made|received"
    r"|logged)\b"
)
# "had the most farm vehicle thefts, 52, up from 44": the count set off by commas after its offence
OFFENCE_COMMA_AFTER_RE = re.compile(
    r"(?i)\s*(?:[.;]|,\s*(?:up|down|a\s+rise|a\s+fall|an?\s+increase|a\s+decrease|a\s+drop"
    r"|compared|against|from|the\s+same|rising|falling)\b)"
)
# "Teesside's largest town", "West Yorkshire's second city": a description of another place
EPITHET_AFTER_RE = re.compile(
    r"['’]s\s+(?:(?:[a-z]+est|second|third|main|only|biggest|most\s+[a-z]+)\s+)(?:[a-z\-]+\s+){0,2}?"
    r"(?:town|city|district|borough|resort|village|suburb|port|authority)\b"
)
# a paragraph that is one to three words in capitals: "HEDNESFORD", "NORTH END"
CAPS_HEADING_RE = re.compile(
    r"(?:^|\n\n)[ \t]*(?P<h>[A-Z][A-Z'’\-]{2,}(?:[ \t][A-Z][A-Z'’\-]+){0,2})[ \t]*(?=\n\n|\n?$)"
)
# a heading line naming a place right above its paragraph: "Millfield\nMillfield saw 287 ..."
TITLE_HEADING_RE = re.compile(
    r"(?:^|\n\n)[ \t]*(?P<h>[A-Z][a-z][\w'’\-]*(?:[ \t](?:(?:and|upon|on|in|le|the)[ \t])?[A-Z][\w'’\-]*){0,3})"
    r"[ \t]*\n(?:[ \t]*\n)?(?=[ \t]*[A-Z])"
)
# the rest of a list of places compared with: "..., and Haringey"
COMPARATOR_LIST_GAP_RE = re.compile(
    r"(?:,\s*(?:at|with|on)\s+(?:[^,;.]|[.,](?=\d)){1,40}?)?,?\s+(?:and|or)\s+"
    # "compared with a Cumbria-wide rate of 55.2 and a rate of 66.9 for England and Wales"
    r"|(?i:(?:-wide|['’]s)?\s+(?:rate|figure)\s+of\s+\d[\d,]*(?:\.\d+)?,?\s+and\s+(?:a|the)\s+"
    r"(?:[\w\-]+\s+)?(?:rate|figure)\s+of\s+\d[\d,]*(?:\.\d+)?\s+(?:for|in|across)\s+(?:the\s+)?)"
)
# "18,420 bikes were reported stolen", "2,100 cars stolen": thefts of bicycles or vehicles
STOLEN_RE = re.compile(
    r"(?i)\b(?:(?P<bike>(?:pedal\s+)?(?:bikes|bicycles|cycles))|cars|vehicles|motorbikes"
    r"|motorcycles|mopeds|vans)\s+(?:were\s+|had\s+been\s+|have\s+been\s+)?(?:reported\s+)?stolen\b"
)
YEAR_ROW_AFTER_RE = re.compile(r"[ \t]*(?::|[–—-](?=[ \t]))[ \t]*\d")
COMP_PERIOD_GAP_RE = re.compile(r"[\s,]*(?:(?:in|for|over|during)\s+)?(?:the\s+)?")
STREET_AFTER_RE = re.compile(
    r"\s+(?:Road|Street|Avenue|Lane|Way|Walk|Square|Drive|Close|Crescent|Terrace|Row|Gardens"
    r"|Station|Parade|Place)\b"
)
# police.uk's own wording: "64 crimes on or near Prince of Wales Road"; and a street leading its
# sentence with a count: "Castle Meadow had 27", "Riverside Road was further down the list with 14"
ON_OR_NEAR_RE = re.compile(
    rf"\b[Oo]n\s+or\s+near\s+(?P<name>{PLACE_NAME}(?:\s+of\s+{PLACE_NAME})?)"
)
STREET_SUBJECT_RE = re.compile(
    rf"[ \t]*(?P<name>{PLACE_NAME}(?:\s+of\s+{PLACE_NAME})?\s+(?:Road|Street|Avenue|Lane|Walk|Square"
    r"|Meadow|Parade|Row|Terrace|Way))\s+(?:had|recorded|saw|logged|reported|was\b[^.;]{0,40}?\bwith)\s+"
    r"(?=\d)"
)
STREET_FIGURE_RE = re.compile(
    rf"(?P<name>{PLACE_NAME}\s+(?:Road|Street|Avenue|Lane|Walk|Square|Parade|Row|Terrace|Way|Drive"
    r"|Close|Crescent|Gardens))(?![\w'’])"
    r"(?=[^.;\d]{0,70}?(?:\bwith\s+(?:just\s+|only\s+)?\d|\bwhere\s+\d|\bon\s+\d))"
)
STREET_IN_LIST_BEFORE_RE = re.compile(
    r"(?i)\b(?:takes\s+in|includes?|including|covers|covering|such\s+as)\b[^.;]{0,60}$"
)
BULLET_CHARS = "•-*▪●■·–"
# "Offences there more than doubled", "vehicle crime there fell as well", "possession there"
THERE_RE = re.compile(
    r"\b(?i:offences|offence|crime|crimes|thefts|burglaries|robberies|possession|trafficking"
    r"|shoplifting|violence|incidents)\s(?P<t>there)\b(?!\s+(?:were|was|is|are|have|has|had|will|would))"
)
WHERE_ASIDE_RE = re.compile(r",\s*where\b")
TIME_RE = re.compile(r"(?i)(?::\d|\.\d\d\s*[ap]m\b|\s*[ap]\.?m\.?\b|\s*(?:noon|midnight)\b)")
CALL_BEFORE_RE = re.compile(
    r"(?i)\b(?:call(?:ing)?|ring(?:ing)?|dial(?:ling)?|phon(?:e(?!s?\s+(?:thefts?|snatch\w*|robber\w*"
    r"|crime|scams?|fraud|stolen))|ing)|text(?:ing)?|contact|"
    r"crimestoppers)\b[^.;]{0,40}$"
)
ONE_BAD_RE = re.compile(r"(?i)\s+(?:of|in|and|or|another|way|thing|day|such|at\s+a)\b")
_SMALL_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+few)"
WORD_OR_WORD_AFTER_RE = re.compile(rf"(?i)\s+or\s+{_SMALL_WORDS}\b")
WORD_OR_WORD_BEFORE_RE = re.compile(rf"(?i)\b{_SMALL_WORDS}\s+or\s+$")
ONE_BAD_BEFORE_RE = re.compile(r"(?i)\b(?:no|any|every|the|this|that|which|each|someone)\s+$")
AVERAGE_NEAR_RE = re.compile(
    r"(?i)\baverage\b|\bon\s+record\b|\brecords\s+began\b|\brecord\s+(?:high|low|level)"
)
TARGET_RE = re.compile(
    r"(?i)\btargets?\b|\bambitions?\b|\bgoals?\b|\baim\b|\bpledged?\b|\bforecast\w*|\bprojected\b"
    # "short of the 10 per cent reduction the partnership had set itself"
    r"|\bset\s+(?:itself|themselves|ourselves)\b"
    r"|\bpredict\w*"
)
FUTURE_RE = re.compile(
    r"(?i)\bnext\s+(?:\w+\s+)?years?\b|\bcoming\s+(?:\w+\s+)?years?\b|\bwill\b(?!\s+(?:point|say|tell|argue|note|claim|insist|stress|remind|see|find|make|come|worry|concern|alarm|surprise|shock|disappoint|please)\b)|\bwould\b|\bcould\b"
    r"|\bshould\b|\bmight\b|\baims?\s+to\b|\baiming\b|\bplans?\s+to\b|\bhop(?:es?|ed|ing)\s+to\b|\bwants?\s+to"
    r"\b|\bexpects?\b|\bexpected\b|\bby\s+(?:the\s+end\s+of\s+)?(?:(?:January|February|March|April"
    r"|May|June|July|August|September|October|November|December)\s+)?20\d\d\b(?!\s*[/\-])|\bif\b"
    r"|\bcommits?\b"
    # "a 20 per cent cut in knife crime within three years"
    r"|\bwithin\s+(?:the\s+next\s+)?(?:two|three|four|five|ten|\d{1,2})\s+years\b"
    # "The Police Authority asked us to cut crime by three per cent": a request is an ambition
    r"|\b(?:asked|challenged|tasked|told|required)\s+(?:us|them|the\s+force|officers|police|forces)"
    r"\s+to\b"
    r"|\bat\s+least\s+\d[^.;]*\b(?:reduction|cut)|\breduction\s+of\s+at\s+least"
)
DETERMINED_RE = re.compile(r"(?i)\bdetermined\s+to\b|\bcommitted\s+to\b|\bkeep\s+crime\b")
DETECTION_RE = re.compile(
    r"(?i)\bdetect(?:ion|ed)\b|\bsolv(?:e|ed|es|ing)\b|\bsolve\s+rate|\boutcome\s+rate|\bcharge(?:\s+and\s+summons)?\s+rate"
    r"|\bresolution\s+rate|\bcompliance\b|\brecorded\s+correctly\b|\baccuracy\b"
)
NON_STAT_NEAR_RE = re.compile(
    r"(?i)\bdetect(?!ives?\b)\w*|\bsolv(?:e|ed|es|ing)\b|\bsolve\s+rate|\boutcomes?\b|\bcharged\b|\bcharge(?:\s+and\s+summons)?\s+rate"
    r"|\bresolution\s+rate|\bresolved\b|\bprosecut\w*|\bconvict\w*|\bclear[\s\-]?up\b|\bbrought"
    r"\s+to\s+justice|\barrest\w*|\bseiz\w*|\bstop[\s\-]and[\s\-]search|\bsearches\b|\bp(?<!1,000\sp)(?<!1000\sp)opulation(?![\w\-])(?!,\s+(?:had|has|have|was|is|were|recorded|saw)\b)"
    r"\b|\bage[ds]?\b|\bworth\b|\bjailed\b|\bsentenced\b|\bpleaded\s+guilty\b|\badmitting\b|\bcalls?\s+(?:to|for|from|made|received|handled)\b|\b(?:999|101)\s+calls\b|\bbudget\w*|\bsavings?\b|\bfunding\b|\bcost\w*|\bspend\w*|\bprecept\b|\breferrals?\b|\b(?:more|fewer)\s+calls\b"
)
SURVEY_RE = re.compile(
    r"(?i)\bcrime\s+survey\b|\bCSEW\b|\bBCS\b|\bsurvey(?:ed|s)?\b|\bpoll\b|\bquestionnaire\b"
)
LATE_CONCESSION_RE = re.compile(r"(?i),\s+(?:although|though|but|while|whilst|whereas)\b")
MONEY_SENTENCE_RE = re.compile(r"[£$€]|(?i:\bbudget\b|\bsavings?\b|\bfunding\b|\bprecept\b)")
NO_BEFORE_RE = re.compile(
    r"(?i)(?:there\s+(?:were|was|have\s+been|has\s+been|had\s+been)|recorded|saw|reported|with|"
    r"had|has|have)\s+(?P<no>no|zero)\s+$"
)
DIRECTION_RE = re.compile(
    r"(?i)\b(?:(?:has|have|had|was|were|is|are)\s+)?(?:(?:also|slightly|significantly|considerably"
    r"|marginally|sharply|dramatically|steadily|substantially|largely|broadly|generally|only|"
    r"actually|now)\s+)?(?:(?P<up>rose|risen|increased|went\s+up|gone\s+up|grew|grown|jumped|soared|edged\s+up|crept\s+up|ticked\s+up"
    r"|climbed|(?:is|was|were|are)\s+(?:also\s+|slightly\s+|well\s+)?up|(?<=[–—:]\s)up(?=[ \t]*(?:\n|$)))|(?P<down>fell|fallen|dropped|decreased|declined|went\s+down"
    r"|gone\s+down|edged\s+down|crept\s+down|ticked\s+down|plummeted|plunged|dipped|slumped|reduced|(?:is|was|were|are)\s+(?:also\s+|slightly\s+"
    r"|well\s+)?down|(?<=[–—:]\s)down(?=[ \t]*(?:\n|$)))|(?P<same>"
    r"remained\s+(?:broadly\s+|largely\s+|relatively\s+|fairly\s+|roughly\s+)?(?:stable|unchanged|"
    r"the\s+same|static|flat|steady|level|similar)|(?<=[–—-]\s)no\s+change|stayed\s+(?:broadly\s+|largely\s+)?(?:the\s+same|"
    r"stable|level|steady|unchanged|flat)|(?<=[–—-]\s)unchanged|(?:stayed|remained)\s+at\s+(?:(?:about|around|roughly|much|broadly)\s+)?(?:the\s+same|a\s+similar|a\s+steady)\s+level|held"
    r"\s+steady|(?:is|was|were|are)\s+(?:broadly\s+|largely\s+|virtually\s+|almost\s+|relatively\s+)?"
    r"(?:unchanged|flat|stable|steady|static)|levelled\s+off|saw\s+little\s+change"
    r"|(?:was|were)\s+little\s+changed(?!\s*,?\s+(?:with|at|on)\s+\d)))\b"
)
QUESTION_RE = re.compile(r"(?i)\?|\basked\b|\bwhy\b|\bwhether\b|\bhow\s+(?:much|many)\b")
NO_ANY_RE = re.compile(r"(?i)\b(?:no|zero)\s")
HEADING_RE = re.compile(r"[:;]\s*$")
IN_BRACKETS_AFTER_RE = re.compile(
    r"(?i)\s*(?:figures?\s+)?(?:(?:are|is|shown|given)\s+)?in\s+(?:brackets|parenthes[ie]s)"
)
NATIONAL_SWITCH_RE = re.compile(r"(?i)nationally|nationwide")
CALL_WORD_RE = re.compile(
    r"(?i)\b(?:call(?:ing)?|ring(?:ing)?|dial(?:ling)?|phon(?:e|ing)|text(?:ing)?|contact|"
    r"crimestoppers)\b"
)
NUM_BEFORE_RE = re.compile(r"\d[\d,.]*(?:\s+(?:recorded|reported|more|fewer|new))?\s+$")
RATE_NOUN_RE = re.compile(
    r"(?i)\s+(?:people|persons|residents|households|homes|population|head|inhabitants|adults)\b"
)
# superlatives rank a place within a larger one: "the highest rate in the country", "one of the
# safest places in Cumbria", "the biggest fall of any district in Suffolk"
SUPERLATIVE_BEFORE_RE = re.compile(
    r"(?i)\b(?:highest|lowest|worst|best|biggest|largest|smallest|safest|greatest|sharpest|"
    r"steepest|busiest|fastest|most\s+(?:dangerous|violent|deprived|unsafe)|least\s+safe"
    # "recorded the most offences of any Lincolnshire town"
    r"|(?<=the\s)(?:most|fewest|least)(?=\s+(?:crimes?|offences|burglaries|robberies|thefts)\b)"
    r"|the\s+only(?=\s+(?:\w+\s+)?(?:area|district|force|borough|town|city|place|county)))\b"
    r"(?:(?!,\s*(?:while|whilst|whereas|but)\b|\bcompared\s+(?:with|to)\b|\b(?:below|above|than)\b)"
    r"[^.;:\n]|\.\d){0,60}?"
    r"(?<!\bwas)(?<!\bwere)"
    r"(?<!\bcame)\s+(?:in|of|across|for|within|among)\s+(?:(?:the|all|any|every)\s+)?"
    r"(?:(?:north|south|east|west|rest)\s+of\s+(?:the\s+)?)?"
    # "the highest rate of residential burglary in west Kent"
    r"(?:(?:north|south|east|west|central|mid)(?:[\s\-](?:east|west))?\s+)?$"
    # "Great Yarmouth tops Norfolk crime table"
    r"|\b(?:tops|topped|top\s+of|heads|headed)\s+(?:the\s+)?$"
)
RANKS_OFFENCE_RE = re.compile(
    r"(?i)\b(?:categor(?:y|ies)|type|types|group|share|proportion|driver|contributor|cause)\b"
)
CHANGE_WORD_RE = re.compile(
    r"(?i)\b(?:increases?|rises?|falls?|drops?|reductions?|decreases?|declines?|rose|fell)\b"
)
PER_TIME_AFTER_RE = re.compile(
    r"(?i)\s+(?:[\w\-']+\s+){0,5}?(?:a|per|every|each)\s+(?:day|week|month|fortnight)\b"
)
BARE_CATEGORY_RE = re.compile(r"(?i)(?:thefts|burglaries|robberies)(?:\s+offences)?")
BARE_OFFENCES_RE = re.compile(r"(?i)offences(?:\s+recorded)?")
ALL_CRIME_RE = re.compile(r"(?i)\b(?:all|total|overall|in\s+all|altogether)\b")
RANK_OF_BEFORE_RE = re.compile(r"(?i)\b(?:of|among|out\s+of)\s+(?:the\s+|all\s+)?$")
RANK_SET_AFTER_RE = re.compile(
    r"(?i)\s+(?:[\w\-]+\s+){0,4}?(?:areas|authorities|districts|forces|partnerships|councils"
    r"|boroughs|places|neighbourhoods|constituencies|regions|towns|cities|wards)\b"
)
LAST_YEAR_AFTER_RE = re.compile(r"(?i)\s+(?:of\s+)?last\s+year\b")
TOTAL_TO_BEFORE_RE = re.compile(
    r"(?i)\b(?:taking|bringing|pushing|lifting|putting)\s+(?:the\s+|its\s+|their\s+)?(?:total|number"
    r"|figure|tally|count)\s+(?:\w+\s+)?to\s+$"
)
WIDE_TYPES = ("police_force_area", "county")
FORCE_TYPES = ("police_force_area",)
PARA_NUMBER_RE = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,2}\s+(?=[A-Z(])")
YEAR_RANGE_BEFORE_RE = re.compile(r"(?:19|20)\d\d\s?[–\-/]\s?$")
LABEL_PREV_BEFORE_RE = re.compile(
    r"(?i),\s*(?:comparison|previous|prior)\s+(?:period|year|12\s+months)\s*:\s*$"
)
LABEL_CHANGE_BEFORE_RE = re.compile(r"(?i),\s*change(?:\s*\((?:number|no\.?|n)\))?\s*:\s*$")
LABEL_RATE_BEFORE_RE = re.compile(r"(?i)\bper\s+1,?000(?:\s+[a-z]+)?\s*:\s*$")
FIXED_GAP_RE = re.compile(r"\S {2,}(?=\S)")
FIXED_SPLIT_RE = re.compile(r" {2,}")
LABEL_NUMBER_RE = re.compile(r"(.*?[A-Za-z)])\s([+\-−]?\d[\d,]*(?:\.\d+)?%?)")
# "1,973 fewer victims of crime across Newport, Caerphilly, Blaenau Gwent, Torfaen and
# Monmouthshire": the parts of the area the figure is about, listed at the sentence's end
ENUM_ACROSS_RE = re.compile(
    r"\b(?:across|covering|spanning|(?:people|residents)\s+living\s+in)\s+(?:the\s+)?[A-Za-z][^,.;:\d\n]{1,40}"
    r"(?:,\s+(?:the\s+)?[A-Za-z][^,.;:\d\n]{1,40}){1,},?\s+and\s+(?:the\s+)?[A-Za-z][^,.;:\d\n]{1,40}?"
    # ... ending the sentence or followed by its period ("... and Powys over the 12 months")
    r"(?=\s*(?:[.;,\n]|$)|\s+(?:over|in|during|between|for|last|this|since)\b)"
)
# "The commissioner, elected last November, said": the date of an event, not of figures
EVENT_DATE_BEFORE_RE = re.compile(
    r"(?i)\b(?:elected|appointed|launched|introduced|took\s+office|set\s+up|opened|sworn\s+in)\s+$"
)
# "We've seen 154 fewer families going through ... having their home broken into"
FEWER_HOMES_BURGLED_RE = re.compile(
    r"(?i)\s+(?:families|households|homes|householders|people|residents)\b[^.;\d]{0,60}?\b(?:homes?|houses?)"
    r"\s+(?:being\s+|were\s+)?(?:broken\s+into|burgled)\b"
)
AVERAGE_SPAN_BEFORE_RE = re.compile(
    r"(?i)\b(?:monthly|weekly|daily|yearly|annual)\s+average\s+(?:of\s+)?(?:about\s+|around\s+)?"
    r"\d[\d,.]*(?:\s+[a-z\-]+){0,2}\s+$"
)
RANK_SET_BEFORE_RE = re.compile(
    r"(?i)\bthan\s+any\s+other\s+[\w\-]+\s+(?:in|of|across)\s+(?:the\s+)?$"
    # "one of the higher crime rates among the major cities outside London, at 109.2"
    r"|\b(?:cities|towns|forces|areas|districts|boroughs)\s+outside\s+$"
)
OF_THE_BEFORE_RE = re.compile(r"(?i)\bof\s+(?:the\s+)?$")
# "all three of the North East's police force areas", "one of Cumbria's six districts": a set
SET_OWNER_AFTER_RE = re.compile(
    r"['’]s\s+(?:[\w\-]+\s+){0,2}(?:forces|force\s+areas|districts|boroughs|councils|towns|wards"
    r"|local\s+authorities)\b"
)
ITS_FIGURE_LEAD_RE = re.compile(r"Its\s+(?:crime\s+)?(?:rate|total|figure|count|tally)\b")
LIST_ITEM_BEFORE_RE = re.compile(r"(?:[:,]|\band)\s+$")
RATE_LABEL_RE = re.compile(r"(?i)[ \t]*(?:[-•■*][ \t]*)?(?:overall\s+|crime\s+)?rate[ \t]*:[ \t]*")
PLACE_ANAPHOR_RE = re.compile(r"(?i)\bthe\s+(?:ward|village|estate|parish|neighbourhood)\b")
# "... and detectives made 212 arrests": a word right after a figure of its own
OWN_FIGURE_BEFORE_RE = re.compile(r"\d[\d,.]*(?:\s+[a-z\-]+)?\s+$")
TABLE_NOT_OFFENCE_RE = re.compile(r"(?i)\bcomparator\b|\bBCS\b|\bsurvey\b|^of\s+which\b")
PAREN_LABEL_AFTER_RE = re.compile(r"\s*[:=]\s*[\d£]")
LABEL_GAP_RE = re.compile(r"\s*[:=]\s*")
TARGET_NEAR_BEFORE_RE = re.compile(
    r"(?i)\b(?:targets?|aims?|ambitions?|goals?|pledges?)\b[^.;\d]{0,30}$"
)
LABEL_PAIR_RE = re.compile(
    r"[ \t]*[-•■*]?[ \t]*[A-Z][^:\n\d]{2,60}:[ \t]*(?P<a>\d[\d,]*)[ \t]+and[ \t]+(?P<b>\d[\d,]*)[ \t]*"
    r"\((?i:up|down|a\s+rise|a\s+fall|rising|falling|increase|decrease|change)"
)
OR_BEFORE_RE = re.compile(r"(?i),\s*or\s+(?:by\s+)?$")
NEGATED_BEFORE_RE = re.compile(r"(?i)(?:\bnor\b|\bnot\b|n['’]t\b|\bnever\b)[^.;,]{0,40}$")
ELLIPTICAL_LEAD_RE = re.compile(r"[ \t]*(?:Up|Down)\b(?!\s+(?:the|in|at|on)\b)")
DRUG_PART_RE = re.compile(
    r"(?i)\b(?:possession|trafficking)\b(?!\s+of\s+(?:weapons|a\s+weapon|an?\s+offensive))"
)
FOR_PLACE_AFTER_RE = re.compile(
    r"\s+(?:(?:for|in|across|throughout)\s+(?:the\s+)?(?:[A-Z]|(?:county|force\s+area|country|"
    r"region)\b)|(?:nationally|nationwide)\b)"
)
# "well above Kent's 5.2", "against the national 34.6": another place's figure of the same kind
PLACE_FIGURE_BEFORE_RE = re.compile(
    r"(?:\b(?:above|below|than|with|against|to)\s+(?:the\s+)?(?:[A-Z][\w\-]+(?:\s+(?:and\s+)?"
    r"[A-Z][\w\-]+)*['’]s|(?i:national|county|regional|force)(?:\s+average)?)(?:\s+(?:figure|rate|"
    r"average))?(?:\s+of)?\s+)$"
)
THAN_RE = re.compile(
    r"(?i)\b(?:than|compared\s+(?:with|to)|against|versus|bucking|unlike|defying|contrary\s+to)\b"
)
AND_BEFORE_RE = re.compile(r"(?i)\band\s+$")
TITLE_RE = re.compile(
    r"(?<=\b(?:the|ONS)\s)(?:(?:annual|quarterly|latest)\s+)?Crime\s+in\s+England\s+and\s+Wales"
    r"(?=\s*(?::|,?\s+(?:report|bulletin|release|publication|statistical\s+bulletin)\b))"
)
# "..., when there were only 412", "..., when the figure was 455"
WHEN_ONLY_BEFORE_RE = re.compile(
    r"(?i)\bwhen\s+(?:there\s+(?:were|was)\s+|the\s+(?:figure|total|number|count|tally)\s+"
    r"(?:was|stood\s+at|had\s+been)\s+)?(?:only\s+|just\s+)?$"
)
# "1,711 were classed as violence with injury", "148 of which were recorded as rape"
CLASSED_AS = r"(?:\s+(?:classed|classified|categori[sz]ed|counted|recorded)\s+as)?"
CLASSED_AS_RE = re.compile(r"(?i)\b(?:classed|classified|categori[sz]ed|counted|recorded)\s+as\s")
WERE_RE = re.compile(rf"(?i)\s+(?:were|was){CLASSED_AS}(?=\s)")
ACCOUNTED_FOR_BEFORE_RE = re.compile(
    r"(?i)\b(?:account(?:ed|ing|s)\s+for|(?:made|make|makes|making)\s+up)\s+$"
)
# "148 of them rapes", "Nine of these were non-dwelling burglaries"
OF_THEM_RE = re.compile(
    rf"(?i)\s+of\s+(?:them|which|(?:these|those)(?=\s+(?:were|was)\b))(?:\s+(?:were|was))?"
    rf"{CLASSED_AS}(?=\s)"
)
# a gazetteer place used as a row label: "England and Wales: 82.4", "Thames Valley average: 66.2"
AREA_LABEL_AFTER_RE = re.compile(
    r"(?i)\s*(?:average|total|rate|figure|overall)?\s*(?:[:–—]|\s-)\s*[\d(]"
)
# "Excluding anti-social behaviour, 1,118 crimes": the offence left out is not the figure's
EXCLUDED_BEFORE_RE = re.compile(
    r"(?i)\b(?:excluding|not\s+including|other\s+than|apart\s+from)\s+$"
)
SHARE_OF_BEFORE_RE = re.compile(
    r"(?i)\b(?:share|proportion|bulk|majority|categor(?:y|ies))\s+of\s+(?:all\s+)?(?:the\s+)?$"
)
# "Drug trafficking ... accounted for 326 of the offences, up 46.2 per cent from 223"
ACCOUNTED_OF_BEFORE_RE = re.compile(
    r"(?i)\baccount(?:ed|s|ing)\s+for\s+\d[\d,]*\s+of\s+(?:the|all|these|those)\s+$"
)
# "Stockton-on-Tees", "Newcastle upon Tyne": the tail that a short form of the name drops
LONG_PLACE_TAIL_RE = re.compile(r"(?i)[\s\-]+(?:on|upon)[\s\-]+\w")
# an offence used as a row label: "Robbery: 412 (356)", "Shoplifting – 141"
OFFENCE_LABEL_AFTER_RE = re.compile(r"[ \t]*(?:[:–—=]|[ \t]-)[ \t]*[\d(]")
LABEL_LEAD_RE = re.compile(r"[\s■•▪●*·\-]*(?:\d{1,2}[./)]\s*)?")
COMPOUND_GAP_RE = re.compile(r"(?i)\s*,\s*|\s*,?\s+(?:and|&)\s+(?:(?:the\s+)?(?:number\s+of\s+))?")
COMPOUND_VERB_RE = re.compile(
    rf"(?i)(?:\s+(?:offences|crimes|incidents|cases|offending))?\s+(?:(?:have|has|had|were|are|both|"
    rf"each|all|also|also\s+both)\s+)*(?:{UP_WORDS}|{DOWN_WORDS}|went|were\s+(?:up|down))\b"
)
RESPECTIVELY_RE = re.compile(r"(?i)\brespectively\b")
PREP_RE = re.compile(rf"(?i){PLACE_PREPOSITIONS}\s+")
MONTHS_ALT = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
DAY_MONTH_AFTER_RE = re.compile(
    # "19 July", "the 6th of May", "from 6 to 8 August"
    r"(?:st|nd|rd|th)?(?:\s*(?:to|-|–|and|until)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
    + MONTHS_ALT
    + r"\b"
)
MONTH_DAY_BEFORE_RE = re.compile(r"\b" + MONTHS_ALT + r"\.?\s+$")
AVERAGE_BEFORE_RE = re.compile(r"(?i)\baverage\b[^\d.;]*$")
OF_RE = re.compile(r"\s+of\s+")
LIST_SEP_RE = re.compile(r"\s*,\s*(?:and\s+)?")
AND_SEP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
ARTICLE_BEFORE_RE = re.compile(r"(?i)\b(?:an?|the)\s+$")
PAREN_BEFORE_RE = re.compile(r"\(\s*(?:(?:19|20)\d\d\s*:\s*)?$")  # "(2008: 57,204)"
PAREN_NOUN_AFTER_RE = re.compile(r"(?i)\s+(?:recorded\s+)?(?:crimes?|offences?|incidents?)\s*\)")
PCT_OR_RATE_BEFORE_PAREN_RE = re.compile(
    r"(?i)(?:%|\bper\s*cent|\bpercent|\bper\s+(?:1,000|1000|thousand)[a-z\s]*)\s*\(\s*$"
)
# "anti-social behaviour (512)": a count in brackets right after its offence
OPEN_PAREN_RE = re.compile(r"\s*\(\s*")
CLOSE_PAREN_RE = re.compile(r"\s*\)")
DIGIT_BEFORE_RE = re.compile(r"\d(?:[ \t]+[-–—])?\s*$")
# a sentence whose subject is the offence just named: "Burglary bucked the trend. It rose by ..."
PRONOUN_LEAD_RE = re.compile(
    r"\s*[\"“]?(?:It|They)(?:\s+(?:also\s+)?(?:rose|fell|went|was|were|increased|decreased|dropped|climbed"
    r"|jumped|is|are|has|have|saw)\b|['’](?:s|re)\s)"
)
# where an event took place ("at a meeting in Kendal on Monday", "a court hearing in Carlisle")
VENUE_AFTER_RE = re.compile(
    r"\s+(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    # ... but not "in Cardiff city centre on Friday, Saturday and Sunday nights": when crimes happen
    r"(?![,\s]+(?:and\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|nights?"
    r"|evenings?|mornings?|afternoons?)\b|s\b)"
)
VENUE_BEFORE_RE = re.compile(
    r"(?i)\b(?:meeting|conference|event|hearing|summit|launch|court|inquest|rally|vigil)\s+"
    r"(?:(?:held|being\s+held|taking\s+place)\s+)?in\s+$"
    # "from 1,044 offences to 1,338, with stores in Grays ... among those worst hit": where
    # the victims were, inside the place the figure is about
    r"|,\s+with\s+(?:(?:many|some|several|most|the)\s+)?(?:[a-z\-]+\s+)?(?:stores|shops|retailers"
    r"|businesses|premises|pubs|bars|homes|houses|streets|estates|schools)\s+in\s+$"
    # "extra patrols in Ludlow town centre on Friday and Saturday nights", "taking place in and
    # around pubs in Cromer, Sheringham and Fakenham"
    r"|\b(?:patrols?|operations?|crackdowns?|pubs|bars|clubs|nightclubs)\s+in\s+$"
    # "with a dedicated cycle crime team now working in central Bristol"
    r"|\b(?:team|unit|officers|squad|staff)\s+(?:(?:now|also|already)\s+)?(?:working|based|operating"
    r"|deployed|stationed|patrolling)\s+in\s+(?:central\s+)?$"
)
