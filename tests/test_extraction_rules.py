"""General rules of the extractor on short sentences of our own (not from the corpus): shared
verbs, elliptical lists, rates in league tables, superlatives, and the distractors real articles
carry (dates, averages, records, staffing, calls)."""

from __future__ import annotations

from crimestats.extraction import extract


def rows(text: str) -> list[dict]:
    return [st.to_json() for st in extract(text, "t")]


def one(text: str, **expect) -> dict:
    found = rows(text)
    hits = [r for r in found if all(r.get(k) == v for k, v in expect.items())]
    assert len(hits) == 1, f"{expect} not found once in {found}"
    return hits[0]


LEAD = "Crime in Derby rose by 5 per cent in the year ending March 2019.\n"


def test_two_offences_share_one_verb():
    text = LEAD + "Burglary and robbery both rose by 10 per cent.\n"
    assert one(text, offence="burglary")["change_pct"] == 10
    assert one(text, offence="robbery")["change_pct"] == 10


def test_respectively_pairs_offences_in_order():
    text = LEAD + "Shoplifting and bicycle theft fell by 3 per cent and 7 per cent respectively.\n"
    assert one(text, offence="shoplifting")["change_pct"] == -3
    assert one(text, offence="bicycle_theft")["change_pct"] == -7


def test_elliptical_list_of_places():
    text = (
        "In the year ending June 2020, Kettering recorded 7,004 crimes, Corby 4,730 and "
        "Wellingborough 2,620.\n"
    )
    assert one(text, area="Corby")["count"] == 4730
    assert one(text, area="Wellingborough")["count"] == 2620


def test_league_table_of_rates():
    text = (
        "Districts ranked by crime rate in the year ending March 2021. Rates are crimes per "
        "1,000 residents.\n1. Preston – 101.3\n2. Burnley – 99.0\n3. Chorley – 61.4\n"
    )
    assert one(text, area="Burnley")["rate_per_1000"] == 99.0
    assert all(r["count"] is None for r in rows(text))


def test_decimal_is_never_a_count():
    assert rows("In Leeds, in 2019, burglaries: 12.5.") == []


def test_superlative_place_is_not_the_subject():
    text = (
        "Carlisle had the highest crime rate in Cumbria in 2019, at 80.1 crimes per 1,000 people.\n"
    )
    r = one(text, rate_per_1000=80.1)
    assert r["area"] == "Carlisle"


def test_across_the_country_switches_in_an_england_and_wales_story():
    text = (
        "Crime in Leeds rose by 5 per cent in the year ending March 2019, ONS figures for "
        "England and Wales show.\nAcross the country, the number of homicides rose by 14 per "
        "cent.\nKnife crime went up by 8 per cent.\n"
    )
    assert one(text, offence="homicide")["area"] == "England and Wales"
    assert one(text, offence="possession_of_weapons")["area"] == "England and Wales"


def test_place_after_a_conjunction_belongs_to_the_next_figure():
    text = (
        "In 2010/11, in Bury St Edmunds, crime fell by 4 per cent, and in Lowestoft by 6.9 per "
        "cent.\n"
    )
    assert one(text, area="Bury St Edmunds")["change_pct"] == -4
    assert one(text, area="Lowestoft")["change_pct"] == -6.9


def test_real_article_distractors():
    text = (
        "Published: 14 March 2019\n\n"
        "Sussex Police recorded 85,000 crimes in the year ending December 2018, up 9 per "
        "cent, according to figures published on 19 July 2018.\n"
        "A 34-year-old man was arrested and officers seized £12,000 in cash.\n"
        "Anyone with information should call 101 or Crimestoppers on 0800 555 111.\n"
        "One in five residents said they felt unsafe.\n"
        "Knife crime rose to 512 offences, the highest since records began in 2010.\n"
        "The average monthly number of burglaries was 300.\n"
        "The constabulary received 45,000 999 calls, up 12 per cent.\n"
        "Our team is made up of one sergeant, six PCs and nine PCSOs.\n"
        "By 2021 the force wants to cut knife crime by 20 per cent.\n"
        "Calls to 101 fell by around a fifth.\n"
    )
    found = rows(text)
    total = one(text, offence="total_recorded_crime")
    assert (total["count"], total["change_pct"], total["previous_count"]) == (85000, 9, None)
    knife = one(text, offence="possession_of_weapons")
    assert knife["count"] == 512 and knife["period_end"] == "2018-12"
    assert {r["offence"] for r in found} == {"total_recorded_crime", "possession_of_weapons"}


def test_no_offences_of_a_named_kind():
    text = (
        "In Wrexham, in 2016, there were no offences of causing death or serious injury by "
        "dangerous driving.\n"
    )
    assert one(text, offence="death_or_serious_injury_unlawful_driving")["count"] == 0


def test_previous_count_after_a_comparison_year():
    text = (
        "There were 2,310 shoplifting offences in Warrington in 2017-18. That figure is up by "
        "19.4 per cent on 2016-17, when 1,935 offences were recorded.\n"
    )
    r = one(text, offence="shoplifting")
    assert (r["count"], r["change_pct"], r["previous_count"]) == (2310, 19.4, 1935)


# ------------------------------------------------------------------ whole articles, checked
# against answers written from the text (both were written after the rules above and were
# not tuned on)

PETERBOROUGH = """Crime in Peterborough: the latest figures

By a staff reporter
Wednesday, 24 April 2019

Recorded crime in Peterborough rose by 8.3 per cent in the year to December 2018, according to \
the Office for National Statistics.

Cambridgeshire Constabulary recorded 19,880 offences in the city, compared with 18,356 in 2017.

Violent crime was up 14 per cent to 6,512 offences, while shoplifting fell by 212 to 2,004.

Vehicle offences and criminal damage both dropped by 5 per cent.

In Huntingdon, 4,102 crimes were recorded, and in Wisbech 3,377.

Across Cambridgeshire, crime went up by 6 per cent. Nationally, the number of offences rose by \
7 per cent.

There were two homicides in the city, the same as the year before.

Superintendent Jane Cole said the force would recruit 60 more officers by 2020 and aimed to \
reduce burglary by 10 per cent. Around 45 per cent of violent crime was linked to the \
night-time economy, she added.

Anyone with information can call 101.
"""

NORTH_WALES = """North Wales Police: crime figures for 2021/22

Crime across North Wales fell by 3.4 per cent in 2021/22, the force announced today.

The figures across the force area were:
Burglary – down 11.2 per cent
Robbery – up 4.5 per cent
Drug offences – down 9 per cent
Public order offences – up 17.8 per cent

In Wrexham, there were 12,114 crimes, down from 12,760 the previous year. Anglesey recorded \
3,020 crimes.

Figures for Gwynedd (2020/21 in brackets):
Violence against the person: 4,210 (4,388)
Theft offences: 1,876 (1,901)

The force's detection rate rose to 21 per cent. Chief Constable Amanda Blakeman said: "We want \
to reduce violent crime by a further 10 per cent next year."

Across Wales, recorded crime fell by 2 per cent.
"""

# (area, offence, count, previous_count, change_pct, change_abs)
PETERBOROUGH_ANSWER = {
    ("Peterborough", "total_recorded_crime", 19880, 18356, 8.3, None),
    ("Peterborough", "violence_against_the_person", 6512, None, 14, None),
    ("Peterborough", "shoplifting", 2004, None, None, -212),
    ("Peterborough", "criminal_damage_and_arson", None, None, -5, None),
    ("Peterborough", "vehicle_offences", None, None, -5, None),
    ("Huntingdon", "total_recorded_crime", 4102, None, None, None),
    ("Wisbech", "total_recorded_crime", 3377, None, None, None),
    ("Cambridgeshire", "total_recorded_crime", None, None, 6, None),
    ("England and Wales", "total_recorded_crime", None, None, 7, None),
    ("Peterborough", "homicide", 2, None, None, None),
}
NORTH_WALES_ANSWER = {
    ("North Wales", "total_recorded_crime", None, None, -3.4, None),
    ("North Wales", "burglary", None, None, -11.2, None),
    ("North Wales", "robbery", None, None, 4.5, None),
    ("North Wales", "drug_offences", None, None, -9, None),
    ("North Wales", "public_order_offences", None, None, 17.8, None),
    ("Wrexham", "total_recorded_crime", 12114, 12760, None, None),
    ("Anglesey", "total_recorded_crime", 3020, None, None, None),
    ("Gwynedd", "violence_against_the_person", 4210, 4388, None, None),
    ("Gwynedd", "theft_offences", 1876, 1901, None, None),
    ("Wales", "total_recorded_crime", None, None, -2, None),
}


def _answer(text: str) -> tuple[set, set]:
    found = rows(text)
    periods = {(r["period_start"], r["period_end"]) for r in found}
    got = {
        (
            r["area"],
            r["offence"],
            r["count"],
            r["previous_count"],
            r["change_pct"],
            r["change_abs"],
        )
        for r in found
    }
    return got, periods


def test_whole_article_news_template():
    got, periods = _answer(PETERBOROUGH)
    assert got == PETERBOROUGH_ANSWER
    assert periods == {("2018-01", "2018-12")}


def test_whole_article_press_release_with_lists():
    got, periods = _answer(NORTH_WALES)
    assert got == NORTH_WALES_ANSWER
    assert periods == {("2021-04", "2022-03")}


# ------------------------------------------------------------------ rules from the held-out batch
# (tests/corpus 054-068 were written by someone who had not seen the extractor; these sentences
# are our own, with other places and numbers, one per rule that batch showed missing)


def test_office_for_national_statistics_is_not_nationally():
    text = (
        "Essex Police recorded 4,120 burglaries in the district in 2018/19, Office for National "
        "Statistics figures show, 6.1% more than the 3,883 logged in 2017/18.\n"
    )
    assert not [r for r in rows(text) if r["area"] == "England and Wales"]


def test_place_after_the_offence_words_of_a_count():
    text = (
        "Crime in Basildon fell in 2019.\nEssex Police recorded 912 violence against the person "
        "offences in the borough in 2019.\n"
    )
    assert one(text, offence="violence_against_the_person")["area"] == "Basildon"


def test_compares_with_names_the_comparison_year():
    text = (
        "Figures show 5,210 offences were recorded in Pontypridd in 2018.\n"
        "That compares with 4,977 in 2017 - an increase of 5%.\n"
        "Shoplifting fell to 310.\n"
    )
    total = one(text, offence="total_recorded_crime")
    assert (total["period_end"], total["previous_count"], total["change_pct"]) == (
        "2018-12",
        4977,
        5,
    )
    assert one(text, offence="shoplifting")["period_end"] == "2018-12"


def test_in_brackets_heading_names_the_comparison_period():
    text = (
        "Crime in Dartford in 2020/21.\nHow crimes in Dartford compared (2019/20 in brackets):\n"
        "Robbery: 88 (97)\n"
    )
    r = one(text, offence="robbery")
    assert (r["period_start"], r["count"], r["previous_count"]) == ("2020-04", 88, 97)


def test_heading_period_sets_the_list_period():
    text = (
        "Crime in Kendal fell by 3 per cent in the year to March 2014.\n"
        "In the first three months of 2014 alone, 410 crimes were reported.\n"
        "The town's figures for 2013-14 included:\n• Robbery – down 12 per cent\n"
    )
    r = one(text, offence="robbery")
    assert (r["period_start"], r["period_end"]) == ("2013-04", "2014-03")


def test_background_year_without_figures_does_not_move_the_period_back():
    text = (
        "Cheshire Police recorded 62,114 crimes in the year ending March 2017.\n"
        "The force says the rise reflects changes to the way crimes are recorded after an "
        "inspection in 2014.\n"
        "In Chester, 9,870 crimes were recorded.\n"
    )
    assert one(text, area="Chester")["period_end"] == "2017-03"


def test_record_since_a_year_is_not_the_period():
    text = (
        "Shoplifting in Preston rose in the year ending March 2024.\n"
        "Nationally, police in England and Wales recorded 402,100 shoplifting offences, the "
        "highest figure since current recording practices were introduced in 2002/03.\n"
    )
    assert one(text, area="England and Wales")["period_end"] == "2024-03"


def test_bracketed_count_after_a_rate_or_percent():
    text = (
        "Crime across Surrey districts in 2016, ranked by rate per 1,000 residents:\n"
        "Woking: 61.2 per 1,000 (6,140 crimes)\nElmbridge - down 3.1 per cent (5,020 offences)\n"
    )
    woking = one(text, area="Woking")
    assert (woking["count"], woking["previous_count"], woking["rate_per_1000"]) == (
        6140,
        None,
        61.2,
    )
    assert one(text, area="Elmbridge")["count"] == 5020


def test_direction_forms():
    text = (
        "Crime in Rugby rose in 2019.\nCriminal damage stayed broadly unchanged, robbery was also "
        "down and burglary was broadly unchanged.\nShoplifting – unchanged\n"
    )
    assert one(text, offence="criminal_damage_and_arson")["direction"] == "same"
    assert one(text, offence="robbery")["direction"] == "down"
    assert one(text, offence="shoplifting")["direction"] == "same"


def test_superlative_about_an_offence_keeps_the_place():
    text = (
        "Across England and Wales as a whole the rate stood at 71.2 in 2017.\n"
        "Violence was the largest single category in Bridgwater, with 2,104 offences in 2017.\n"
    )
    assert one(text, offence="violence_against_the_person")["area"] == "Bridgwater"


def test_region_around_the_force_speaking_is_not_the_area():
    text = "In the North West, Cumbria Constabulary recorded 24,310 offences in 2022, down 2 per cent.\n"
    assert one(text, count=24310)["area"] == "Cumbria"


def test_sentence_led_by_a_place_about_a_change_switches_the_area():
    text = (
        "In Durham, crime fell by 2 per cent in 2021.\n"
        "Lancashire saw one of the steepest increases in the country.\n"
        "Overall crime there rose 7 per cent to 140,100.\n"
    )
    assert one(text, count=140100)["area"] == "Lancashire"


def test_rates_of_other_areas_and_averages():
    text = (
        "In 2019, 8,412 crimes were recorded in Kendal, a rate of 81.0 crimes per 1,000 "
        "residents, compared with 83.3 across England and Wales.\n"
        "That is far higher than the England and Wales figure of 83.3.\n"
        "It works out at nearly 23 crimes every day, or roughly 700 a month.\n"
    )
    assert one(text, area="England and Wales")["rate_per_1000"] == 83.3
    kendal = one(text, area="Kendal")
    assert (kendal["count"], kendal["previous_count"]) == (8412, None)
    assert not [r for r in rows(text) if r["count"] in (23, 700)]


def test_rate_per_1000_population():
    text = "Police recorded 3,912 crimes in Kendal in 2014.\nThat is 38.7 crimes per 1,000 population.\n"
    assert one(text, area="Kendal")["rate_per_1000"] == 38.7


def test_financial_year_quarter_and_in_the_quarter():
    text = (
        "This report covers crime in Shropshire for Quarter 2 of 2019/20, measured against the "
        "same period last year.\n"
        "A total of 5,210 crimes were recorded in Shropshire during the quarter.\n"
        "In the 12 months to September 2019, 20,400 crimes were recorded.\n"
        "Robbery rose by 8% in the quarter.\n"
        "Burglary fell by 3%.\n"
    )
    assert (one(text, count=5210)["period_start"], one(text, count=5210)["period_end"]) == (
        "2019-07",
        "2019-09",
    )
    assert one(text, count=20400)["period_start"] == "2018-10"
    assert one(text, offence="robbery")["period_end"] == "2019-09"
    assert one(text, offence="robbery")["period_start"] == "2019-07"
    assert one(text, offence="burglary")["period_start"] == "2019-07"


def test_staff_equivalents_and_commitments_are_not_statistics():
    text = (
        "Crime in Telford fell by 2% in 2020.\n"
        "Officer strength stood at 1,140 full-time equivalents at 31 December 2020.\n"
        "The plan commits the force to a 12% reduction in burglary by March 2024.\n"
    )
    found = rows(text)
    assert not [r for r in found if r["count"] == 1140 or r["change_pct"] == -12]


def test_month_leading_its_clause_is_its_own_period_only():
    text = (
        "Officers in Ashford dealt with 9,870 crimes in 2021/22.\n"
        "March 2022 alone saw 1,044 crimes reported, the busiest month.\n"
        "Robbery: 77 (64)\n"
    )
    r = one(text, count=1044)
    assert (r["period_start"], r["period_end"]) == ("2022-03", "2022-03")
    assert one(text, offence="robbery")["period_start"] == "2021-04"


def test_bare_offences_after_a_sentence_about_one_offence():
    text = (
        "Police logged 2,310 shoplifting offences in Rotherham in the year ending March 2024.\n"
        "Between March 2014 and March 2024, the number of offences recorded in Rotherham has gone "
        "up by 51%.\n"
        "Across the force area as a whole, 8,800 offences were recorded, 30% more than a year "
        "earlier.\n"
        "In all, 41,000 offences were recorded in Rotherham.\n"
    )
    assert one(text, change_pct=51)["offence"] == "shoplifting"
    assert one(text, count=8800)["offence"] == "shoplifting"
    assert one(text, count=41000)["offence"] == "total_recorded_crime"


def test_size_of_a_ranking_is_not_a_rate():
    text = (
        "Gwent Police again had the lowest crime rate of the 43 forces, at 41.9 offences per "
        "1,000 people, in the year ending June 2023.\n"
    )
    assert [r["rate_per_1000"] for r in rows(text)] == [41.9]


def test_period_inside_an_aside_dates_only_the_aside():
    text = (
        "Police recorded 9,100 offences in Torbay between April 2012 and March 2013.\n"
        "In Brixham, where a dispersal order was brought in in 2011, robbery fell from 40 to 31.\n"
    )
    r = one(text, offence="robbery")
    assert (r["area"], r["period_end"]) == ("Brixham", "2013-03")


def test_ons_bulletin_title_is_not_an_area():
    text = (
        "Police recorded 9,100 offences in Torbay in 2012, according to the annual Crime in "
        "England and Wales report published today.\nRobbery fell by 4 per cent.\n"
    )
    assert {r["area"] for r in rows(text)} == {"Torbay"}


def test_restated_figure_is_not_a_new_statistic():
    text = (
        "West Mercia Police recorded 301 possession of weapons offences in Telford and Wrekin in "
        "2022.\nAcross the West Mercia force area, the figure went up by 9 per cent.\n"
        'The commander said: "Every one of those 301 offences is a weapon off our streets."\n'
    )
    assert [r["count"] for r in rows(text) if r["count"] is not None] == [301]
    assert one(text, count=301)["area"] == "Telford and Wrekin"


def test_place_after_incidents_of_an_offence():
    text = (
        "Lancashire Constabulary recorded 5,210 incidents of anti-social behaviour in Lancaster in "
        "2013.\n"
    )
    assert one(text, count=5210)["area"] == "Lancaster"


def test_month_without_a_year_is_read_from_the_dateline():
    text = (
        "Thursday 31 October 2019\n\nPolice in Harrogate dealt with 790 crimes in September, down "
        "from 861 in August.\nHere is how the month's crimes broke down:\nBurglary: 51\n"
    )
    total = one(text, count=790)
    assert (total["period_start"], total["period_end"], total["previous_count"]) == (
        "2019-09",
        "2019-09",
        861,
    )
    assert one(text, offence="burglary")["period_end"] == "2019-09"


def test_bare_offences_in_a_round_up_of_totals_stay_total():
    text = (
        "Crime across the county: how your district compares\n\n"
        "Ashfield recorded 10,100 crimes in the year ending June 2022, and violent crime accounted "
        "for much of that, with 4,020 offences.\nIn Gedling offences rose by 900 to 7,300.\n"
    )
    assert one(text, count=7300)["offence"] == "total_recorded_crime"


def test_above_the_county_figure_is_a_comparison_place():
    text = (
        "Police recorded 12,900 crimes in Stroud in 2024.\n"
        "At 97.1 crimes per 1,000 residents in 2024, it was well above the Gloucestershire "
        "figure of 60.3.\n"
    )
    assert one(text, rate_per_1000=97.1)["area"] == "Stroud"
    assert one(text, rate_per_1000=60.3)["area"] == "Gloucestershire"


def test_issued_dateline_dates_yearless_periods():
    text = (
        "Issued: Monday 14 October 2019\n\n"
        "Between 1 July and 30 September this year the force recorded 40,210 crimes in Essex.\n"
        "Violent crime in Essex rose by 3% in the year to September.\n"
    )
    r = one(text, count=40210)
    assert (r["period_start"], r["period_end"]) == ("2019-07", "2019-09")
    v = one(text, offence="violence_against_the_person")
    assert (v["period_start"], v["period_end"]) == ("2018-10", "2019-09")


def test_percent_change_column_of_a_table():
    text = (
        "Crime in Surrey in 2017/18:\nOffence group | 2016/17 | 2017/18 | % change\n"
        "Robbery | 610 | 702 | +15.1\n"
    )
    r = one(text, offence="robbery")
    assert (r["count"], r["previous_count"], r["change_pct"], r["change_abs"]) == (
        702,
        610,
        15.1,
        None,
    )


def test_size_of_a_ranking_set_and_a_previous_count_after_a_rate():
    text = (
        "Burglaries in Stroud fell in 2017.\n"
        "There were 6.1 burglaries for every 1,000 people in Stroud - the 90th highest rate of "
        "the 296 community safety partnership areas in England and Wales.\n"
        "Forest of Dean: 301, 3.9 per 1,000, down from 352\n"
    )
    found = rows(text)
    assert not [r for r in found if r["rate_per_1000"] in (296, 352)]
    fod = one(text, area="Forest of Dean")
    assert (fod["count"], fod["previous_count"], fod["rate_per_1000"]) == (301, 352, 3.9)


def test_part_of_the_running_period_does_not_replace_it():
    text = (
        "22 July 2021\n\nPolice recorded 8,120 crimes in Conwy in the year to March 2021.\n"
        "Between April and June last year, just 1,702 crimes were recorded in the county.\n"
        "Shoplifting fell to 402.\n"
    )
    spring = one(text, count=1702)
    assert (spring["period_start"], spring["period_end"]) == ("2020-04", "2020-06")
    assert one(text, offence="shoplifting")["period_start"] == "2020-04"
    assert one(text, offence="shoplifting")["period_end"] == "2021-03"


def test_event_dates_and_seasons_are_not_the_period():
    text = (
        "Issued: Monday 14 October 2019\n\nBetween 1 July and 30 September this year Essex "
        "Police recorded 40,100 crimes.\n"
        "Southend-on-Sea saw anti-social behaviour fall by a third after a team was launched "
        "in June, and Basildon recorded 38 fewer burglaries than in the summer of 2018.\n"
    )
    for area in ("Southend-on-Sea", "Basildon"):
        assert one(text, area=area)["period_end"] == "2019-09"


def test_rate_of_bare_offences_in_an_article_about_one_offence():
    text = (
        "Knife possession offences up in Redditch\n\n"
        "West Mercia Police recorded 212 possession of weapons offences in Redditch in 2022.\n"
        "The force said most of the offences involved knives.\n"
        "The borough's figure works out at 2.5 offences per 1,000 residents.\n"
    )
    assert one(text, rate_per_1000=2.5)["offence"] == "possession_of_weapons"


def test_parts_of_a_total():
    text = (
        "Police recorded 14,210 crimes in Kettering in 2019/20.\n"
        "Officers recorded 388 sexual offences, 131 of them rapes.\n"
        "The total was almost unchanged on the previous year, when there were 380.\n"
        "Within that, 1,620 were classed as violence with injury, while stalking and harassment "
        "accounted for 1,540.\n"
    )
    assert one(text, offence="rape")["count"] == 131
    sexual = one(text, offence="sexual_offences")
    assert (sexual["count"], sexual["previous_count"]) == (388, 380)
    assert one(text, offence="violence_with_injury")["count"] == 1620
    assert one(text, offence="stalking_and_harassment")["count"] == 1540


def test_violence_against_the_person_is_no_comparison():
    text = (
        "Thames Valley Police recorded 9,870 violence against the person offences in Banbury in "
        "2021.\nThat was up 12 per cent on the previous year, when 8,800 were recorded.\n"
    )
    r = one(text, offence="violence_against_the_person")
    assert (r["area"], r["count"], r["previous_count"], r["change_pct"]) == (
        "Banbury",
        9870,
        8800,
        12,
    )


def test_running_total_and_down_on_the_previous_figure():
    text = (
        "Police recorded 9,300 crimes in Kempston in the year ending June 2019.\n"
        "There were twenty-one more robberies than a year earlier, taking the total to 288.\n"
        "A total of 1,204 burglaries were reported in Kempston, down on the 1,377 of the previous "
        "twelve months.\n"
        "Criminal damage in Kempston was down on the year before, with 610 offences.\n"
    )
    robbery = one(text, offence="robbery")
    assert (robbery["count"], robbery["previous_count"], robbery["change_abs"]) == (288, None, 21)
    burglary = one(text, offence="burglary")
    assert (burglary["count"], burglary["previous_count"]) == (1204, 1377)
    damage = one(text, offence="criminal_damage_and_arson")
    assert (damage["count"], damage["previous_count"]) == (610, None)


def test_the_force_area_is_the_force_under_discussion():
    text = (
        "Dyfed-Powys Police recorded 27,900 crimes in the year to September 2018.\n"
        "Gwent had the steepest rise in violence. Overall crime in the force area rose by 13 per "
        "cent to 51,900.\n"
        "North Wales Police recorded 8,610 crimes in the county, meaning Conwy's rate rose.\n"
    )
    assert one(text, count=51900)["area"] == "Gwent"
    assert one(text, count=27900)["area"] == "Dyfed-Powys"


def test_force_whose_own_figure_leads_is_the_subject():
    text = (
        "Dyfed-Powys Police recorded 20,950 crimes in 2012, with falls in Carmarthenshire, where "
        "7,700 offences were recorded.\n"
        "Violent crime rose by 2.9 percent to 4,610.\n"
    )
    assert one(text, offence="violence_against_the_person")["area"] == "Dyfed-Powys"
    assert one(text, count=7700)["area"] == "Carmarthenshire"


def test_districts_named_in_official_street_data():
    text = "Overall crime in Weymouth and Portland rose 9 per cent, to 4,810 offences, in 2016.\n"
    assert one(text, count=4810)["area"] == "Weymouth and Portland"


def test_figure_free_dash_aside_names_no_area():
    text = (
        "There were 1,302 robberies in Lambeth in 2015/16.\n"
        "Total notifiable offences – the Met's measure of all recorded crime – edged up by 1.4 per "
        "cent to 30,950 over the same twelve months.\n"
        "Officers recorded 8,120 violent offences in the borough, and 2,410 of them were classed "
        "as violence with injury.\n"
    )
    assert one(text, count=30950)["area"] == "Lambeth"
    assert one(text, offence="violence_with_injury")["count"] == 2410


def test_wards_paragraph_numbers_and_a_title_period():
    text = (
        "Safer Redcar Partnership\nStrategic Assessment 2014/15\n\n"
        "3.1 This section covers recorded crime in Redcar and Cleveland for the 12 months from "
        "1 October 2013 to 30 September 2014.\n\n"
        "3.2 Recorded crime in the borough fell by 640 offences. The Partnership Plan 2012–15 set "
        "a target.\n\n"
        "3.5 Kirkleatham ward recorded 402 shoplifting offences, more than any other ward.\n"
        "Robbery fell by 9%.\n"
    )
    found = rows(text)
    assert not [r for r in found if r["rate_per_1000"] == 3.5 or r["count"] in (15, 3.1)]
    ward = one(text, count=402)
    assert (ward["area"], ward["period_end"]) == ("Kirkleatham", "2014-09")
    robbery = one(text, offence="robbery")
    assert (robbery["area"], robbery["period_start"]) == ("Redcar and Cleveland", "2013-10")


def test_wire_dateline_resolves_last_year():
    text = (
        "Crime in Mendip at ten-year low\n\n"
        "SHEPTON MALLET, 11 February 2010 - Crime in Mendip fell last year.\n\n"
        "Police recorded 6,210 notifiable offences in the district last year, compared to 6,700 "
        "the year before.\n"
    )
    r = one(text, count=6210)
    assert (r["area"], r["period_start"], r["period_end"], r["previous_count"]) == (
        "Mendip",
        "2009-01",
        "2009-12",
        6700,
    )


def test_dashboard_export_labels():
    text = (
        "Force: Sussex Police\n"
        "Reporting period: 01/10/2022 to 30/09/2023 (rolling 12 months)\n"
        "Comparison period: 01/10/2021 to 30/09/2022\n\n"
        "All crime: 81,200\nAll crime, comparison period: 83,050\nAll crime, change: -2.2%\n"
        "All crime per 1,000 population: 47.1\nRobbery: 640\nRobbery, change (number): +41\n"
    )
    total = one(text, offence="total_recorded_crime")
    assert (total["area"], total["period_start"], total["period_end"]) == (
        "Sussex",
        "2022-10",
        "2023-09",
    )
    assert (
        total["count"],
        total["previous_count"],
        total["change_pct"],
        total["rate_per_1000"],
    ) == (
        81200,
        83050,
        -2.2,
        47.1,
    )
    assert one(text, offence="robbery")["change_abs"] == 41


def test_national_context_ends_with_its_paragraph():
    text = (
        "Police recorded 29,100 crimes in Oldham in the year to March 2024.\n\n"
        "Nationally, forces in England and Wales recorded 6.7 million crimes.\n\n"
        "Robbery – 312\nDown 4 per cent.\n"
    )
    assert one(text, offence="robbery")["area"] == "Oldham"


def test_fixed_width_table_and_bracketed_comparison_label():
    text = (
        "Crime in Bury in 2007/08\n\n"
        "Offence                            2006/07    2007/08    Change   % change\n"
        "Total notifiable offences           21,400     20,010    -1,390       -6.5\n"
        "Burglary other than a dwelling       1,210      1,150       -60       -5.0\n"
        "BCS comparator crime                12,100     11,400      -700       -5.8\n\n"
        "The figures for Bury for 2007/08 were:\n"
        "- Drug offences - 290 (2006/07: 310)\n"
    )
    total = one(text, offence="total_recorded_crime")
    assert (total["count"], total["previous_count"], total["change_abs"], total["change_pct"]) == (
        20010,
        21400,
        -1390,
        -6.5,
    )
    assert one(text, offence="non_residential_burglary")["count"] == 1150
    drugs = one(text, offence="drug_offences")
    assert (drugs["period_end"], drugs["count"], drugs["previous_count"]) == ("2008-03", 290, 310)


def test_period_of_a_target_does_not_carry():
    text = (
        "Crime in Worcester fell between April and December 2011.\n"
        "In the whole of 2010-11 the city recorded 8,900 crimes, and the partnership has set "
        "itself the aim of ending 2011-12 with fewer than 8,300.\n"
        "Shoplifting - up 6 per cent\n"
    )
    # the last stated data period (2010-11), not the target's year (2011-12)
    assert one(text, offence="shoplifting")["period_end"] == "2011-03"


def test_percent_unit_shared_by_a_pair_of_figures():
    text = (
        "Crime rose in Leicestershire in the year to September 2017.\n"
        "Rises of 5.1 and 8.6 per cent were recorded in Blaby and Melton respectively.\n"
    )
    assert not [r for r in rows(text) if r["change_abs"] is not None]
    assert 5.1 in [r["change_pct"] for r in rows(text)]


def test_rates_of_other_places_in_the_next_sentence():
    text = (
        "Police recorded 12,900 crimes in Andover in the year to September 2019.\n"
        "Andover's rate was 79.2 crimes per 1,000 residents. That compares with 85.1 for "
        "Hampshire and 89.4 for England and Wales.\n"
        "Violent crime in Andover rose by 10 per cent, higher than the national rise of 9 per "
        "cent.\n"
    )
    assert one(text, area="Hampshire")["rate_per_1000"] == 85.1
    assert (
        one(text, area="England and Wales", offence="total_recorded_crime")["rate_per_1000"] == 89.4
    )
    assert (
        one(text, area="England and Wales", offence="violence_against_the_person")["change_pct"]
        == 9
    )


def test_lists_and_their_parts():
    text = (
        "Police recorded 29,800 crimes in Oldham in the year to March 2024.\n\n"
        "Drug offences – 570\nUp 12 per cent. Possession accounted for 440 of them.\n\n"
        "Sexual offences – 560\nDown 5 per cent, including 190 rapes.\n\n"
        "Violence with injury – 2,700\nUp by 38 offences.\n\n"
        "In Hollinwood and Coldhurst, which covers the town centre, 205 crimes were recorded in "
        "March 2024.\n"
        "Nor have burglaries doubled.\n"
    )
    assert one(text, offence="drug_possession")["count"] == 440
    assert one(text, offence="rape")["count"] == 190
    assert one(text, offence="violence_with_injury")["change_abs"] == 38
    assert one(text, count=205)["area"] == "Hollinwood and Coldhurst"
    assert not [r for r in rows(text) if r["change_pct"] == 100]


# ---------------------------------------------------------------- rules from tests/heldout 114-123


def test_force_named_in_full_as_a_source_is_not_the_place():
    text = (
        "According to Metropolitan Police figures, thefts in Lewisham fell by 9 per cent "
        "between April and June 2017.\n"
        "The borough recorded 640 vehicle offences in the quarter.\n"
    )
    assert one(text, offence="vehicle_offences")["area"] == "Lewisham"


def test_place_in_a_spaced_hyphen_aside_does_not_take_over():
    text = (
        "Hackney recorded 900 burglaries in 2015.\n"
        "Total notifiable offences - the Met's headline measure - rose to 7,100.\n"
    )
    assert one(text, count=7100)["area"] == "Hackney"


def test_ward_after_a_preposition():
    text = (
        "Luton recorded 21,000 crimes in 2018.\n"
        "In High Town ward, 1,150 offences were recorded, up 4 per cent.\n"
    )
    assert one(text, count=1150)["area"] == "High Town"


def test_month_named_as_subject_takes_the_article_year():
    text = (
        "A total of 18,400 crimes were recorded in Sefton in 2016.\n"
        "March was the quietest month, with 1,320 offences logged.\n"
    )
    hit = one(text, count=1320)
    assert (hit["period_start"], hit["period_end"]) == ("2016-03", "2016-03")


def test_county_durham_is_not_the_durham_force_area():
    text = "Police in County Durham recorded 50,100 crimes in the year to March 2022.\n"
    assert one(text, count=50100)["area"] == "County Durham"


def test_figure_free_tail_clause_neither_hides_nor_moves_the_figures():
    text = (
        "Police in Wakefield recorded 30,000 crimes in the year to March 2021.\n"
        "Shoplifting rose 20 per cent to 2,100, and anyone who has shopped in Leeds city centre "
        "will know why.\n"
        "The rate was 88.1 crimes per 1,000 residents.\n"
    )
    hit = one(text, count=2100)
    assert (hit["area"], hit["change_pct"]) == ("Wakefield", 20)
    assert one(text, rate_per_1000=88.1)["area"] == "Wakefield"


def test_comparator_cue_does_not_reach_over_though():
    text = (
        "Police in Rochdale recorded 25,000 crimes in 2019. The rate is above the national "
        "average, even though across England and Wales crime remained stable over the same "
        "period.\n"
    )
    assert one(text, area="England and Wales")["direction"] == "same"


def test_a_look_back_at_earlier_years_ends_with_its_paragraph():
    text = (
        "Police recorded 1,400 shoplifting offences in Bath in 2023, up 20 per cent.\n\n"
        "Before the pandemic there were 900 offences in 2019.\n\n"
        "Across Somerset, shoplifting rose by 15 per cent.\n"
    )
    assert one(text, area="Somerset")["period_end"] == "2023-12"


def test_offence_phrase_never_spans_a_blank_line():
    text = (
        "Police in Powys published their 2016/17 figures.\n"
        "• Robbery - unchanged at 41 offences\n\n"
        "Recorded crime by area (2015/16 in brackets):\n"
    )
    assert one(text, offence="robbery")["count"] == 41


def test_nearly_double_the_previous_figure():
    text = "In 2021 Basingstoke recorded 700 shoplifting offences, nearly double the 360 of a year earlier.\n"
    hit = one(text, offence="shoplifting")
    assert (hit["count"], hit["previous_count"], hit["change_pct"]) == (700, 360, 100)


def test_solving_rate_is_not_a_statistic():
    text = (
        "Police in Barnsley recorded 900 burglaries in 2019. Vehicle offences stayed at about "
        "the same level.\n"
        '"We are now solving 15 per cent of burglaries, up from 10 per cent," he said.\n'
    )
    assert one(text, offence="burglary")["change_pct"] is None
    assert one(text, offence="vehicle_offences")["direction"] == "same"


def test_other_places_rates_in_the_same_sentence():
    text = (
        "In 2021/22 Dartford recorded 3,100 violent offences. At 41.0 per 1,000 residents, that "
        "compares with 37.5 across the county and 33.9 nationally.\n"
        "Shoplifting in Dartford rose to 900 offences, a rate of 7.9 per 1,000, well above "
        "Kent's 5.0.\n"
    )
    assert one(text, area="Kent", offence="violence_against_the_person")["rate_per_1000"] == 37.5
    assert one(text, area="England and Wales")["rate_per_1000"] == 33.9
    assert one(text, area="Kent", offence="shoplifting")["rate_per_1000"] == 5.0


def test_a_consequence_clause_with_a_target_keeps_the_figure():
    text = (
        "Dyfed-Powys Police recorded these figures for 2018/19.\n"
        "Anti-social behaviour fell by 9 per cent to 15,000, putting the force's goal of fewer "
        "than 14,000 incidents by 2020 within reach.\n"
    )
    hit = one(text, offence="anti_social_behaviour")
    assert (hit["count"], hit["change_pct"]) == (15000, -9)
    assert 14000 not in [r["count"] for r in rows(text)]


def test_bare_thefts_count_the_kind_of_theft_the_clause_is_about():
    text = (
        "Shoplifting in Ashford reached a record in 2022, with shops reporting 1,200 thefts to "
        "police.\n"
    )
    assert one(text, count=1200)["offence"] == "shoplifting"


def test_two_figures_in_one_sentence_are_two_statistics():
    text = (
        "Police in England and Wales recorded 4.2 million offences in the year ending March "
        "2017.\nTheft offences fell by 2 per cent and burglary by 3 per cent.\n"
    )
    assert one(text, offence="theft_offences")["change_pct"] == -2
    assert one(text, offence="burglary")["change_pct"] == -3


# ---------------------------------------------------------------- rules from corpus 129-143


def test_welsh_name_and_the_island():
    text = (
        "Crime on Anglesey fell by 4 per cent in the year to March 2022.\n"
        "North Wales Police recorded 4,200 offences on Ynys Môn over the 12 months.\n\n"
        "Across the North Wales Police area 60,000 crimes were recorded.\n\n"
        "On the island, burglaries rose from 180 to 205.\n"
    )
    assert one(text, count=4200)["area"] == "Anglesey"
    assert one(text, count=205)["area"] == "Anglesey"


def test_column_layout_and_year_labelled_brackets():
    text = (
        "Crime in Suffolk fell by 4.1 per cent in 2011, with 40,100 offences recorded "
        "(2010: 41,800).\n\n"
        "Figures for 2011 (2010 in brackets):\n\n"
        "Robbery                              290 (330)     -12.1%\n"
        "Violence against the person 9,410    9,900     -4.9%\n\n"
        "The crime rate in Suffolk was 55.1 crimes per 1,000 population (57.4).\n"
    )
    assert one(text, offence="total_recorded_crime", count=40100)["previous_count"] == 41800
    assert one(text, offence="robbery")["count"] == 290
    assert all(r["previous_count"] != 57.4 for r in rows(text))


def test_fixed_width_row_whose_label_runs_into_its_first_figure():
    text = (
        "The figures for Essex were:\n\n"
        "Year ending December          2015      2014    % change\n"
        "All recorded crime          99,406    94,130      +5.6\n"
        "Violence against the person 25,118    21,541     +16.6\n"
    )
    hit = one(text, offence="violence_against_the_person")
    assert (hit["count"], hit["previous_count"], hit["change_pct"]) == (25118, 21541, 16.6)


def test_the_only_area_in_the_force_is_not_the_place():
    text = (
        "Thames Valley Police recorded 150,000 crimes in 2022.\n\n"
        "Milton Keynes figures:\n"
        "Crime rose 3% to 23,800, the only policing area in the Thames Valley to record an "
        "increase.\n"
    )
    assert one(text, count=23800)["area"] == "Milton Keynes"


def test_an_extra_n_crimes_and_a_capitalised_heading():
    text = (
        "CRIME UP 8% IN WEST LINDSEY\n\n"
        "Burglaries rise by almost a third\n\n"
        "Lincolnshire Police recorded 5,200 offences in the district between April 2014 and "
        "March 2015, compared with 4,800 in the previous 12 months – an extra 400 crimes.\n"
        "There were 600 burglaries, up from 455. Of those, 250 were break-ins at people's homes.\n"
        "Gainsborough came second with 179.\n"
    )
    assert one(text, count=5200)["change_abs"] == 400
    assert one(text, change_pct=8)["area"] == "West Lindsey"
    assert one(text, count=250)["offence"] == "residential_burglary"
    assert one(text, count=179)["offence"] == "burglary"


def test_a_place_heading_starts_a_new_section():
    text = (
        "Lancashire Police recorded 120,000 crimes in 2012/13.\n\n"
        "Preston\n\n"
        "Dwelling burglary in the city rose from 1,000 to 1,100.\n\n"
        "Burnley\n\n"
        "Burnley saw the biggest fall of any district, down 10.2 per cent.\n"
    )
    assert one(text, change_pct=-10.2)["offence"] == "total_recorded_crime"


def test_list_no_change_driven_by_and_unchanged_at():
    text = (
        "Avon and Somerset figures for the 12 months to June 2014:\n"
        "- Shoplifting – no change\n\n"
        "North Somerset figures:\n"
        "Crime down 3% to 11,000. Shoplifting increased, driven by thefts from supermarkets in "
        "Weston-super-Mare.\n\n"
        "Bath and North East Somerset figures:\n"
        "Total crime was unchanged on the same period last year at 9,087.\n"
        "- Officer numbers at 30 June 2014: 2,746\n"
    )
    assert one(text, area="Avon and Somerset", offence="shoplifting")["direction"] == "same"
    assert one(text, area="North Somerset", offence="shoplifting")["direction"] == "up"
    assert one(text, area="Bath and North East Somerset")["count"] == 9087
    assert 2746 not in [r["count"] for r in rows(text)]


def test_since_a_financial_year_peaks_courts_and_definitions():
    text = (
        "Car crime in Ipswich down by a fifth\n\n"
        "There were 1,500 vehicle offences recorded in the town in 2019/20, down from 1,880. "
        "The category covers thefts of and from cars.\n"
        "That gives the town a rate of 10.2 offences per 1,000 residents.\n"
        "Even after the latest fall, vehicle crime is still up by 9 per cent since 2014/15.\n"
        "Vehicle crime in Ipswich peaked at 2,300 in 2016/17.\n"
        "In March, a 20-year-old was jailed after admitting 12 thefts from cars.\n"
        'A councillor said: "One crime for every 12 people is too many."\n'
    )
    assert one(text, rate_per_1000=10.2)["offence"] == "vehicle_offences"
    assert one(text, count=2300)["period_start"] == "2016-04"
    hit = one(text, change_pct=9)
    assert (hit["period_start"], hit["period_end"]) == ("2014-04", "2020-03")
    counts = [r["count"] for r in rows(text)]
    assert 12 not in counts and 1 not in counts


def test_tops_the_table_and_bare_offences_under_a_headline():
    text = (
        "Boston tops Lincolnshire crime table with more than 8,100 offences\n\n"
        "Recorded violence up by almost a quarter as police log more crime\n\n"
        "Police forces in England and Wales recorded 4.9 million offences in the year ending "
        "March 2017, an increase of 10 per cent.\n"
    )
    assert one(text, count=8100)["area"] == "Boston"
    assert one(text, count=4900000)["offence"] == "total_recorded_crime"


def test_officers_down_from_and_incident_logs_are_not_figures():
    text = (
        "Durham Constabulary recorded 40,100 crimes in 2015/16.\n"
        "The force had re-examined 3,100 incident logs since its last inspection. It now has "
        "1,100 officers, down from 1,450 in 2010.\n"
        "City of London Police recorded the same number of offences as in the previous year.\n"
    )
    found = rows(text)
    assert [r["count"] for r in found if r["count"]] == [40100]
    assert all(r["previous_count"] is None for r in found)
    assert one(text, area="City of London")["direction"] == "same"


def test_weapon_phrases_rates_with_counts_and_the_clause_place():
    text = (
        "In the year ending March 2022, Cleveland Police recorded 66,000 crimes, and offences of "
        "possessing a weapon rose by almost a third, to 650.\n"
        "The districts ranked by crime rate per 1,000 people:\n"
        "1. Wakefield: 140.1\n"
        "2. Bradford: 131.2 (71,000 offences)\n"
        "3. Leeds: 129.8 (105,000 offences)\n"
        "4. Calderdale: 123.1\n"
        "South Wales Police recorded 110,000 offences, down 3 per cent, although theft from the "
        "person rose by 17 per cent.\n"
    )
    assert one(text, count=650)["offence"] == "possession_of_weapons"
    assert one(text, area="Leeds")["count"] == 105000
    assert one(text, area="Calderdale")["rate_per_1000"] == 123.1
    assert one(text, offence="theft_from_the_person")["area"] == "South Wales"


def test_an_including_aside_with_a_thousands_figure_and_the_figure_after_it():
    text = (
        "Police in Cheshire East recorded 28,000 crimes in the year ending June 2018.\n"
        "There were 8,100 theft offences, including 1,750 shoplifting offences, 40 fewer than "
        "the previous year.\n"
        "Nationally, sexual offences hit 190,000, the highest figure ever recorded and a 20 per "
        "cent increase, including 68,000 rapes.\n"
    )
    assert one(text, change_abs=-40)["offence"] == "shoplifting"
    assert one(text, change_pct=20)["offence"] == "sexual_offences"


def test_bucking_the_national_trend_and_a_glance_at_the_wider_area():
    text = (
        "Crime recorded by Essex Police rose by 5 per cent in 2014, bucking the national trend.\n"
        "Thames Valley Police recorded 9,800 violent offences in Slough in the year to June 2021."
        "\nAcross the wider Thames Valley force area, violent crime went up 12 per cent.\n"
        "Violence with injury rose 11 per cent to 2,600.\n"
    )
    assert one(text, change_pct=5)["area"] == "Essex"
    assert one(text, change_pct=12)["area"] == "Thames Valley"
    assert one(text, count=2600)["area"] == "Slough"


def test_headline_below_a_release_banner_and_places_listed_with_their_figures():
    text = (
        "NEWS RELEASE – Norfolk Constabulary\n"
        "Issued: Tuesday 19 January 2021\n\n"
        "Burglary down by a quarter across Norfolk\n\n"
        "Figures show that 2,900 burglaries were recorded in Norfolk in 2020, compared with "
        "3,800 in 2019. That is a reduction of 900 offences, or 23.7 per cent.\n"
        "In Breckland burglary fell by 21.4 per cent to 640, in Broadland by 17.9 per cent to "
        "410.\n"
    )
    hit = one(text, change_abs=-900)
    assert (hit["offence"], hit["change_pct"]) == ("burglary", -23.7)
    assert one(text, count=640)["area"] == "Breckland"


def test_respectively_pairs_places_with_figures_in_order():
    text = (
        "Crime rose in Leicestershire in the year to September 2018.\n"
        "Rises of 5.2 and 8.1 per cent were recorded in Blaby and Oadby and Wigston "
        "respectively.\n"
        "Charnwood and Melton recorded 3,900 and 850 offences of violence against the person "
        "respectively, up 19 and 12 per cent.\n"
    )
    assert one(text, change_pct=5.2)["area"] == "Blaby"
    assert one(text, change_pct=8.1)["area"] == "Oadby and Wigston"
    hit = one(text, count=850)
    assert (hit["area"], hit["change_pct"]) == ("Melton", 12)


def test_bare_thefts_after_a_shoplifting_sentence_and_broadly_stable():
    text = (
        "Police in Bury recorded 20,100 crimes in the year ending March 2024.\n"
        "Robbery was broadly stable.\n"
        "Shoplifting, however, rose for a second year running. Shops reported 2,400 thefts in "
        "the year ending March 2024, up 30 per cent on the previous year.\n"
    )
    assert one(text, offence="robbery")["direction"] == "same"
    assert one(text, count=2400)["offence"] == "shoplifting"


def test_burglary_split_into_homes_and_businesses_in_a_list():
    text = (
        "Hartlepool, April 2017 to March 2018. Figures for 2016/17 in brackets.\n"
        "• Burglary – homes: 460 (498)\n"
        "• Burglary – businesses and sheds: 371 (380)\n"
    )
    assert one(text, count=460)["offence"] == "residential_burglary"
    assert one(text, count=371)["offence"] == "non_residential_burglary"


def test_a_force_speaking_about_the_town_the_article_is_about():
    text = (
        "Shoplifting in Luton has risen by 40 per cent in a year, new figures show.\n"
        "Bedfordshire Police recorded 2,100 shoplifting offences in the 12 months to June 2023, "
        "up from 1,500 the year before.\n"
        "Across Bedfordshire, shoplifting rose by 30 per cent.\n"
    )
    hit = one(text, count=2100)
    assert (hit["area"], hit["previous_count"]) == ("Luton", 1500)
    assert one(text, change_pct=30)["area"] == "Bedfordshire"


def test_police_uk_groupings_and_counts_in_brackets_after_their_offence():
    text = (
        "Data from Police.uk shows 2,300 crimes were reported in Bolton during July 2019.\n"
        "The most common crime was violence and sexual offences, with 1,000 reports, followed "
        "by anti-social behaviour (500) and criminal damage and arson (230).\n"
        "In Bury there were 1,264 burglaries (1,540).\n"
    )
    found = rows(text)
    assert not [
        r for r in found if r["offence"] in ("sexual_offences", "violence_against_the_person")
    ]
    assert one(text, offence="anti_social_behaviour")["count"] == 500
    assert one(text, offence="criminal_damage_and_arson")["count"] == 230
    assert one(text, offence="burglary")["previous_count"] == 1540


def test_the_county_as_a_subject_and_it_for_the_offence_just_named():
    text = (
        "Crime fell by 5 per cent in Lowestoft in the year to June 2011.\n"
        "The town recorded 9,400 offences, while the county total stood at 40,100.\n"
        "Burglary bucked the trend. It rose by 8 per cent in Lowestoft and by 2 per cent across "
        "the county, to 1,050 and 3,500 offences respectively.\n"
        "Vehicle crime was down by a fifth in the town, while the county saw a 12 per cent fall.\n"
        "Violent crime fell by 4.1 per cent in the wider force area, where 8,100 violent "
        "offences were recorded.\n"
    )
    assert one(text, count=40100)["area"] == "Suffolk"
    assert one(text, count=1050)["offence"] == "burglary"
    assert one(text, count=3500)["area"] == "Suffolk"
    assert one(text, change_pct=-12)["area"] == "Suffolk"
    assert one(text, count=8100)["area"] == "Suffolk"


def test_a_hundred_and_a_dozen_in_words():
    text = (
        "Ceredigion recorded 5,000 crimes in 2013/14.\n"
        "There were nineteen robberies, up from a dozen in 2012/13, and criminal damage went "
        "down by a hundred and four to 633.\n"
    )
    hit = one(text, offence="robbery")
    assert (hit["count"], hit["previous_count"], hit["period_start"]) == (19, 12, "2013-04")
    assert one(text, offence="criminal_damage_and_arson")["change_abs"] == -104


def test_the_force_as_speaker_and_a_year_as_adjective():
    text = (
        "Crime fell by 3 per cent in Bury St Edmunds in the year to June 2011.\n"
        "The force also recorded 1,100 drug offences, 40 more than a year earlier.\n"
        "Sexual offences are harder to compare. The force's calendar-year figures put the 2010 "
        "total at 900.\n"
    )
    assert one(text, count=1100)["area"] == "Suffolk"
    hit = one(text, count=900)
    assert (hit["offence"], hit["period_start"], hit["period_end"]) == (
        "sexual_offences",
        "2010-01",
        "2010-12",
    )


def test_venues_neighbourhood_lists_and_counts_after_at():
    text = (
        "Members of the Cumbria Police and Crime Panel met in Penrith on Monday.\n"
        "Over those nine months Cumbria Constabulary recorded 18,400 crimes, a rise of 6 per "
        "cent.\n\n"
        "The City Centre neighbourhood of Exeter recorded 410 crimes in August 2021.\n"
        "1. City Centre – 410\n"
        "2. Mount Pleasant and Polsloe – 120\n\n"
        "In Ipswich criminal damage was down 9 per cent at 2,400 in 2010/11, while sexual "
        "offences were recorded at 170. Robberies edged up too.\n"
    )
    assert one(text, count=18400)["area"] == "Cumbria"
    assert one(text, count=120)["area"] == "Mount Pleasant and Polsloe"
    assert one(text, offence="criminal_damage_and_arson")["count"] == 2400
    assert one(text, offence="sexual_offences")["count"] == 170
    assert one(text, offence="robbery")["direction"] == "up"


def test_old_offence_names_and_most_of_them_asides():
    text = (
        "Ipswich recorded 13,000 crimes in 2009/10.\n"
        "Break-ins at sheds, garages and business premises slid from 900 to 850, and offences "
        "against vehicles fell to 1,200.\n"
        "Burglaries fell again. Some 1,400 were recorded, most of them break-ins at sheds, "
        "garages and farm buildings, down from 1,550 in 2008/09.\n"
    )
    assert one(text, offence="non_residential_burglary")["count"] == 850
    assert one(text, offence="vehicle_offences")["count"] == 1200
    assert one(text, offence="burglary")["previous_count"] == 1550


def test_a_force_list_header_above_a_town_list_and_outside_london():
    text = (
        "Middlesbrough crime rate still among the highest in England\n\n"
        "Figures show how crime in the town changed in 2022. Cleveland Police recorded:\n\n"
        "■ 23,900 crimes in total, up 2 per cent\n"
        "■ 1,010 burglaries in a dwelling, down 10 per cent\n\n"
        "That puts the town's crime rate at 170.1 offences per 1,000 residents, the highest in "
        "England outside central London.\n"
    )
    assert one(text, count=23900)["area"] == "Middlesbrough"
    assert one(text, count=1010)["offence"] == "residential_burglary"
    assert one(text, rate_per_1000=170.1)["area"] == "Middlesbrough"


def test_offence_rows_do_not_name_the_next_list():
    text = (
        "Police recorded 30,120 crimes in Halifax in the 12 months to June 2021.\n\n"
        "By offence (previous year in brackets):\n\n"
        "Robbery: 212 (240)\n"
        "Public order offences: 3,400 (3,150)\n\n"
        "Neighbouring towns:\n\n"
        "Huddersfield – 28,700, up 2%\n"
    )
    assert one(text, area="Huddersfield")["offence"] == "total_recorded_crime"
    assert one(text, offence="public_order_offences")["count"] == 3400


def test_an_offence_left_out_is_not_the_figures_offence():
    text = (
        "Excluding anti-social behaviour, 2,310 crimes were reported in Exeter in May 2020, "
        "up from 2,100 in May 2019.\n"
    )
    hit = one(text, count=2310)
    assert hit["offence"] == "total_recorded_crime"
    assert hit["previous_count"] == 2100


def test_short_form_of_a_place_named_in_full():
    text = (
        "In the year to March 2020, Stoke-on-Trent recorded 31,000 crimes.\n"
        "Stoke had 2,100 burglaries, down 5%.\n"
    )
    assert one(text, offence="burglary")["area"] == "Stoke-on-Trent"


def test_bare_month_before_a_figure_resolves_by_the_dateline():
    text = (
        "Ashford police bulletin\n\nASHFORD, 6 December 2013\n\n"
        "In November, 388 crimes were reported across Ashford, 20 fewer than in November 2012, "
        "when the figure was 408.\n"
    )
    hit = one(text, count=388)
    assert (hit["period_start"], hit["period_end"]) == ("2013-11", "2013-11")
    assert hit["previous_count"] == 408


def test_an_unknown_ward_leading_its_sentence_with_a_count():
    text = (
        "Crime across Penrith rose in March 2015, with 310 crimes recorded in the town.\n\n"
        "Around the wards\n\n"
        "Skirsgill had 41 crimes, compared with 35 in February.\n"
        "Officers recorded 12 burglaries in the town centre.\n"
    )
    assert one(text, count=41)["area"] == "Skirsgill"
    assert one(text, count=12)["area"] == "Penrith"


def test_a_list_inside_a_which_aside_is_not_the_subject():
    text = (
        "Crime in Barnsley rose in 2018/19.\n"
        "Serious acquisitive crime, which combines domestic burglary, robbery and vehicle crime, "
        "was 4.2 per cent lower at 3,100.\n"
    )
    hit = one(text, count=3100)
    assert hit["offence"] == "serious_acquisitive_crime"
    assert hit["change_pct"] == -4.2


def test_at_after_a_comparison_is_the_level_now():
    text = (
        "Crime in Barnsley rose in 2018/19.\n"
        "Domestic burglary was 9 per cent lower than the year before, at 1,140 offences.\n"
    )
    hit = one(text, offence="residential_burglary")
    assert hit["count"] == 1140
    assert hit["previous_count"] is None


def test_places_listed_with_had_and_after_a_change():
    text = (
        "Crime rose across Teesside in the year to March 2023. Middlesbrough saw 20,100 crimes, "
        "up 2%, while Hartlepool had 10,400, up 5%.\n"
        "Middlesbrough recorded 8,000 violence against the person offences, up 4%, and "
        "Hartlepool 4,200, up 6%, while Redcar and Cleveland's 4,700 was 1% lower.\n"
    )
    assert one(text, area="Hartlepool", offence="total_recorded_crime")["count"] == 10400
    assert one(text, area="Hartlepool", offence="violence_against_the_person")["count"] == 4200
    assert one(text, area="Redcar and Cleveland")["count"] == 4700


def test_part_of_a_whole_that_happened_in_a_place():
    text = (
        "Nottinghamshire Police recorded twelve homicides in 2022/23, up from eight.\n"
        "Seven of the twelve homicides happened in Nottingham. Four of the twelve victims were "
        "women.\n"
    )
    assert one(text, area="Nottingham")["count"] == 7
    assert {r["count"] for r in rows(text)} == {12, 7}


def test_these_offences_under_an_offence_heading():
    text = (
        "Crime in Lowestoft, year to June 2021\n\n"
        "Lowestoft recorded 9,000 crimes in the year to June 2021.\n\n"
        "Criminal damage and arson\nThese offences fell slightly, to 1,210.\n"
    )
    assert one(text, count=1210)["offence"] == "criminal_damage_and_arson"


def test_a_figure_compared_with_in_another_place_is_that_places_count():
    text = "There were 44 robberies in Colne in 2017, compared with 70 in Accrington.\n"
    assert one(text, area="Accrington")["count"] == 70
    assert one(text, area="Colne")["previous_count"] is None


def test_bracketed_rates_after_places_in_a_rate_sentence():
    text = (
        "Lowestoft recorded 9,000 crimes in the year to June 2021.\n"
        "At 88.1 crimes per 1,000 people, the rate is higher than for Suffolk as a whole (62.5) "
        "and England and Wales (79.3).\n"
    )
    assert one(text, area="Suffolk")["rate_per_1000"] == 62.5
    assert one(text, area="England and Wales")["rate_per_1000"] == 79.3


def test_up_just_and_rose_to_a_figure_last_year():
    text = (
        "Crime in Exeter, 2018\n\n30 January 2019\n\n"
        "Overall crime in Exeter was broadly flat last year, at 11,204 offences, up just 2 per "
        "cent.\nRobberies rose to 98 last year, from 77.\n"
    )
    assert one(text, offence="total_recorded_crime")["change_pct"] == 2
    hit = one(text, offence="robbery")
    assert (hit["count"], hit["previous_count"]) == (98, 77)


def test_referrals_and_a_commissioners_plan_are_not_statistics():
    text = (
        "Dorset Police recorded 40,100 crimes in 2014/15.\n"
        'The commissioner said: "My Police and Crime Plan asked the force to cut crime by 5 per '
        'cent." A charity said referrals to its service had risen by 30% since 2019.\n'
    )
    assert [r["area"] for r in rows(text)] == ["Dorset"]
    assert [r["count"] for r in rows(text)] == [40100]


def test_a_part_of_a_wards_figures_stays_with_the_ward():
    text = (
        "Crime across Penrith rose in March 2015, with 310 crimes recorded in the town.\n\n"
        "Around the wards\n\n"
        "Skirsgill had 41 crimes, compared with 35 in February. Nine of these were non-dwelling "
        "burglaries, mostly sheds.\n"
    )
    hit = one(text, offence="non_residential_burglary")
    assert (hit["area"], hit["count"]) == ("Skirsgill", 9)


def test_a_police_uk_grouping_is_no_topic_for_what_follows():
    text = (
        "Crime in Oxford, August 2019\n\n"
        "Police.uk shows 1,020 crimes were reported in Oxford in August 2019.\n\n"
        "Violence and sexual offences, which police.uk counts as a single category, made up "
        "almost a third of all reported crime in the city.\n\n"
        "Most reports came from Carfax ward, where police.uk lists 301 crimes for August.\n"
    )
    assert one(text, count=301)["offence"] == "total_recorded_crime"


def test_last_years_figure_101_in_brackets_is_no_phone_number():
    text = (
        "Hereford, October 2012 (October 2011 in brackets):\n"
        "Violent crime: 96 (101)\n\nCall 101 to report a crime, or 999 in an emergency.\n"
    )
    hit = one(text, offence="violence_against_the_person")
    assert (hit["count"], hit["previous_count"]) == (96, 101)


def test_a_list_of_counts_for_earlier_years():
    text = (
        "Cheshire Constabulary recorded ten homicides in 2023/24.\n"
        "The total had varied before that, with eight homicides recorded in 2019/20, five in "
        "2020/21 and seven in 2021/22.\n"
    )
    got = {(r["period_start"], r["count"]) for r in rows(text)}
    assert got == {("2023-04", 10), ("2019-04", 8), ("2020-04", 5), ("2021-04", 7)}


def test_stayed_at_and_an_appositive_number_of():
    text = (
        "Burglary in Teesside fell in the year to March 2023. Stockton had 1,300 burglaries, "
        "while Hartlepool stayed at 790.\n"
        "Across England and Wales, the number of sexual offences recorded nationally, 196,000, "
        "was the highest on record.\n"
    )
    assert one(text, area="Hartlepool")["count"] == 790
    assert one(text, area="England and Wales")["count"] == 196000


def test_the_town_centre_is_a_spot_not_the_articles_town():
    text = (
        "Crime in Oswestry fell by 2 per cent in the year to September 2010.\n"
        "Over the border, violence against the person in Wrexham rose by 9 per cent to 2,100 "
        "offences, much of it in the town centre at weekends.\n"
    )
    assert one(text, count=2100)["area"] == "Wrexham"


def test_a_row_with_only_a_direction():
    text = (
        "Police in Rotherham recorded 30,100 crimes in the 12 months to March 2019.\n\n"
        "The figures for other offences in Rotherham were:\n"
        "Sexual offences – 1,020, up 12%\nDrug offences – down\nRobbery: up\n"
    )
    assert one(text, offence="drug_offences")["direction"] == "down"
    assert one(text, offence="robbery")["direction"] == "up"


def test_in_both_boroughs_is_said_of_both_places():
    text = (
        "Crime in Hyndburn and Rossendale in 2016\n\n"
        "Hyndburn recorded 8,100 crimes in 2016, and Rossendale 5,200.\n"
        "Vehicle crime fell in both boroughs.\n"
    )
    got = {(r["area"], r["direction"]) for r in rows(text) if r["offence"] == "vehicle_offences"}
    assert got == {("Hyndburn", "down"), ("Rossendale", "down")}


def test_went_up_to_is_a_count_and_more_calls_are_no_crimes():
    text = (
        "Rapes reported in Norfolk rose from 380 to 450 in the year to March 2016, while other "
        "sexual offences went up to 790.\n"
        "A support service said it had taken 35% more calls over the same period.\n"
    )
    assert one(text, offence="other_sexual_offences")["count"] == 790
    assert not [r for r in rows(text) if r["change_pct"] is not None]


def test_a_list_of_counts_for_other_places():
    text = (
        "In the year to March 2023, possession of weapons offences numbered 600 in Wolverhampton, "
        "480 in Walsall and 350 in Dudley.\n"
    )
    got = {(r["area"], r["count"]) for r in rows(text)}
    assert got == {("Wolverhampton", 600), ("Walsall", 480), ("Dudley", 350)}


def test_a_count_before_a_clause_about_officers():
    text = (
        "Crime in Southwark in 2014/15\n\nDrug offences in Southwark fell by a quarter to 2,400 "
        "after officers changed the way they use stop and search.\n"
    )
    assert one(text, offence="drug_offences")["count"] == 2400


def test_elliptical_classed_as():
    text = (
        "There were 4,900 violent offences in Luton in 2019/20. Within that, 1,600 were classed "
        "as violence with injury and 1,900 as violence without injury.\n"
    )
    assert one(text, offence="violence_without_injury")["count"] == 1900


def test_the_same_as_in_a_year_names_the_comparison():
    text = (
        "Gwent Police recorded 30,100 crimes in the 12 months to the end of December 2011.\n"
        "There were four homicides, the same as in 2010.\n"
    )
    hit = one(text, offence="homicide")
    assert (hit["period_start"], hit["count"]) == ("2011-01", 4)


def test_the_boroughs_rate():
    text = (
        "Crime in Test Valley, year to September 2019\n\n"
        "Police recorded 9,100 crimes in Test Valley. Across the Hampshire Constabulary area, the "
        "rise was 7 per cent, to 163,000.\n\n"
        "The borough's rate was 71.4 crimes per 1,000 residents.\n"
    )
    assert one(text, rate_per_1000=71.4)["area"] == "Test Valley"


def test_the_boroughs_figure_in_an_article_about_its_town():
    text = (
        "Burglary up in Telford\n\n"
        "West Mercia Police recorded 1,200 burglaries in Telford and Wrekin in the 12 months to "
        "the end of March 2023.\n"
        "The borough's figure works out at 6.6 offences per 1,000 residents.\n"
    )
    assert one(text, rate_per_1000=6.6)["area"] == "Telford and Wrekin"


# ---- rules from the held-out set 179-183, 189-193 (session 7) ----

YEAR = "Police in Wakefield recorded 20,400 crimes in 2021.\n"


def test_phone_thefts_are_not_a_phone_number():
    text = YEAR + "Theft from the person, mostly phone thefts, went up from 612 to 748.\n"
    assert one(text, offence="theft_from_the_person")["count"] == 748


def test_the_category_that_covers_is_an_aside():
    text = (
        YEAR + "Robbery, the category that covers street muggings and bag thefts, "
        "rose from 301 to 355.\n"
    )
    assert one(text, offence="robbery")["previous_count"] == 301


def test_calls_to_police_are_not_crimes():
    text = YEAR + "Calls to police about fly-tipping on farmland fell from 540 to 433.\n"
    assert [r["count"] for r in rows(text)] == [20400]


def test_animals_taken_are_not_offences():
    text = YEAR + "Thefts from farms rose, with 212 sheep and 9 cattle taken.\n"
    assert {r["count"] for r in rows(text)} == {20400, None}


def test_non_crime_incidents_are_not_offences():
    text = YEAR + "Officers also logged 57 non-crime hate incidents in Wakefield.\n"
    assert [r["count"] for r in rows(text)] == [20400]


def test_charge_and_summons_rate_is_an_outcome():
    text = YEAR + "The charge and summons rate for all crime was 6.9%, up from 6.1%.\n"
    assert [r["change_pct"] for r in rows(text)] == [None]


def test_an_aside_does_not_make_the_figure_a_search():
    text = (
        YEAR + "Weapons possession offences, many found during drug searches, rose from 64 to 79.\n"
    )
    assert one(text, offence="possession_of_weapons")["count"] == 79


def test_filler_words_that_start_an_offence_phrase():
    text = (
        "Across England and Wales, the ONS counted 5.9 million police recorded crimes in the "
        "year ending June 2019.\n"
    )
    assert one(text, area="England and Wales")["count"] == 5_900_000


def test_a_long_aside_between_spaced_hyphens():
    text = (
        YEAR + "Serious acquisitive crime - the measure the partnership reports on, covering "
        "domestic burglary, robbery and offences against vehicles - was down by almost a quarter.\n"
    )
    assert one(text, offence="serious_acquisitive_crime")["change_pct"] == -25


def test_trafficking_and_impaired_driving_phrases():
    text = (
        YEAR + "Trafficking offences rose to 130. There were three offences of causing death or "
        "serious injury by dangerous or impaired driving.\n"
    )
    assert one(text, offence="drug_trafficking")["count"] == 130
    assert one(text, offence="death_or_serious_injury_unlawful_driving")["count"] == 3


def test_a_place_taken_up_for_a_sentence_gives_way_at_the_next_paragraph():
    text = (
        "Burglary falls across Somerset\n\n"
        "Police recorded 3,100 burglaries in Somerset in 2021, down from 3,420.\n\n"
        "Mendip had 640 of them. Sedgemoor was next with 590.\n\n"
        "Vehicle offences rose from 2,010 to 2,250.\n"
    )
    assert one(text, offence="vehicle_offences")["area"] == "Somerset"
    assert one(text, count=590)["area"] == "Sedgemoor"


def test_a_place_heading_paragraph_keeps_its_list():
    text = (
        "Police recorded 3,100 burglaries in Somerset in 2021, down from 3,420.\n\n"
        "The figures for Mendip were (2020 in brackets):\n\n"
        "Burglary: 640 (700)\nRobbery: 41 (38)\n"
    )
    assert one(text, offence="robbery")["area"] == "Mendip"


def test_when_after_a_season_names_the_comparison():
    text = (
        "Cleveland Police, 2 September 2019\n\n"
        "Between June and August 2019 the force recorded 940 drug offences in Cleveland, a 12 "
        "per cent increase on summer 2018, when 839 were recorded.\n"
    )
    assert one(text, offence="drug_offences")["previous_count"] == 839


def test_a_where_clause_holding_the_figures_is_about_its_place():
    text = (
        "Calderdale recorded 2,400 hate crimes in 2019.\n\n"
        "The rise was steepest in Halifax, where public order offences went up by 41 to 388.\n"
    )
    hit = one(text, count=388)
    assert (hit["area"], hit["offence"], hit["change_abs"]) == (
        "Halifax",
        "public_order_offences",
        41,
    )


def test_a_span_between_two_financial_years():
    text = (
        "Police recorded 6,100 crimes in Barrow in 2012/13.\n"
        "Between 2006/07 and 2012/13, recorded crime in the borough fell by 31 per cent.\n"
    )
    hit = one(text, change_pct=-31)
    assert (hit["period_start"], hit["period_end"]) == ("2006-04", "2013-03")


def test_the_count_set_off_by_commas_after_its_offence():
    text = (
        "Police recorded 900 vehicle offences in Suffolk in 2020, down from 1,010.\n"
        "Babergh had the most vehicle thefts, 61, up from 48.\n"
    )
    hit = one(text, area="Babergh")
    assert (hit["count"], hit["previous_count"]) == (61, 48)


def test_a_rate_for_every_thousand_compared_with_another_place():
    text = (
        "Police recorded 24,100 crimes in Southwark in 2022, equivalent to 78.5 crimes for every "
        "1,000 residents, below the figure of 91.0 for London as a whole.\n"
    )
    assert one(text, area="London")["rate_per_1000"] == 91.0


def test_an_appositive_about_the_place_does_not_name_another():
    text = (
        "Police recorded 900 vehicle offences in Suffolk in 2020.\n"
        "Mid Suffolk, the county's most rural district, recorded 88 vehicle offences.\n"
    )
    assert one(text, count=88)["area"] == "Mid Suffolk"


RANKED = (
    "Police recorded crime tables for the year ending March 2022 rank areas by rate. The five "
    "highest were:\n\n"
    "1. Preston – 121.4 crimes per 1,000 people. A total of 17,300 offences were recorded.\n"
    "2. Burnley – 118.9. Lancashire's second town recorded 10,400 crimes, up 4 per cent.\n"
    "3. Blackburn with Darwen – 101.0. Burglary in the borough rose by 12 per cent.\n"
    "4. Hyndburn – 99.2.\n"
)


def test_a_list_row_led_by_a_place_is_about_it_to_the_end_of_its_line():
    assert one(RANKED, count=17300)["area"] == "Preston"
    hit = one(RANKED, count=10400)
    assert (hit["area"], hit["change_pct"]) == ("Burnley", 4)


def test_rates_stay_rates_down_a_ranked_list_with_counts_in_its_rows():
    assert one(RANKED, area="Burnley", offence="total_recorded_crime")["rate_per_1000"] == 118.9
    assert one(RANKED, area="Hyndburn")["rate_per_1000"] == 99.2


def test_each_row_starts_from_the_lists_offence():
    hit = one(RANKED, area="Hyndburn")
    assert hit["offence"] == "total_recorded_crime"


def test_an_epithet_of_a_place_is_not_another_place():
    text = (
        "Police recorded 9,000 crimes in Lancashire in 2021.\n"
        "In Burnley, Lancashire's second town, burglary rose to 700. Lancashire's largest "
        "city recorded 20,100 crimes.\n"
    )
    assert {r["area"] for r in rows(text) if r["count"] in (700, 20100)} == {"Burnley"}


def test_a_table_with_a_column_per_place():
    text = (
        "Police figures for the year to June 2021 show a gap between the two towns.\n\n"
        "                        Worthing   Adur\n"
        "All crime                  9,410   3,120\n"
        "Burglary                     402     188\n"
        "Crimes per 1,000 people     84.1    48.6\n"
    )
    assert one(text, area="Adur", offence="burglary")["count"] == 188
    assert one(text, area="Worthing", offence="total_recorded_crime")["rate_per_1000"] == 84.1


def test_a_bracketed_count_after_another_place():
    text = (
        "Police recorded 9,410 crimes in Worthing in 2021, three times as many as in Adur "
        "district (3,120).\n"
    )
    assert one(text, area="Adur")["count"] == 3120
    assert one(text, area="Worthing")["previous_count"] is None


def test_a_capitals_heading_names_a_town_no_gazetteer_knows():
    text = (
        "A look at crime across the district in May 2020, town by town.\n\n"
        "CRANWORTHY\n\n"
        "It was a quieter month in Cranworthy, where 143 crimes were reported, 6 per cent fewer "
        "than in April. Burglary was unchanged at 9.\n"
    )
    hit = one(text, count=143)
    assert (hit["area"], hit["change_pct"]) == ("Cranworthy", -6)
    assert one(text, offence="burglary")["area"] == "Cranworthy"


def test_a_capitals_heading_of_common_words_is_not_a_place():
    text = (
        "Police recorded 900 crimes in Derby in May 2020.\n\nCRIME FIGURES\n\n"
        "Crime figures show burglary fell to 41.\n"
    )
    assert one(text, offence="burglary")["area"] == "Derby"


def test_domestic_abuse_related_crimes_are_other():
    text = (
        "Police in Cumbria recorded 5,100 domestic abuse-related crimes in 2017, up 6 per cent.\n"
    )
    hit = one(text, count=5100)
    assert (hit["offence"], hit["change_pct"]) == ("other", 6)


def test_journeys_are_not_crimes():
    text = (
        "Police recorded 300 crimes on the Leeds network in August 2021, despite an "
        "estimated 1.1 million extra journeys.\n"
    )
    assert [r["change_abs"] for r in rows(text)] == [None]


def test_a_range_of_days_is_not_a_figure():
    text = (
        "Police recorded 300 crimes on the Leeds network in August 2021. The final "
        "weekend, from 13 to 15 August, was the busiest, with 41 crimes recorded.\n"
    )
    assert all(r["previous_count"] is None for r in rows(text))


def test_a_part_of_a_places_total():
    text = (
        "North Wales Police recorded 21,000 crimes in 2019. Violent crime made up 3,900 "
        "of the Conwy total and 2,410 of Gwynedd's, with 1,980 in Anglesey.\n"
    )
    assert one(text, area="Conwy")["count"] == 3900
    assert one(text, area="Gwynedd")["count"] == 2410
    assert all(r["change_abs"] is None for r in rows(text))


def test_wards_as_subjects_of_their_clauses():
    text = (
        "Police recorded 9,800 violent offences in Derby in the year to March 2020.\n"
        "At ward level, St Alkmund's saw violence with injury rise from 140 offences to 188, "
        "while Normanton recorded 266 stalking and harassment offences, the most of any ward.\n"
    )
    assert one(text, count=188)["area"] == "St Alkmund's"
    assert one(text, count=266)["area"] == "Normanton"


def test_more_than_double_from_one_count_to_another():
    text = "In Derby in 2019, the city saw burglary more than double, from 90 to 201.\n"
    assert one(text, offence="burglary")["change_pct"] == 100


def test_the_rest_of_a_list_of_places_compared_with():
    text = (
        "There were 2,900 vehicle offences in Brent in 2021. That is 8.8 offences per 1,000 "
        "residents, lower than neighbouring Ealing, at 10.2 per 1,000, and Harrow, at 9.1.\n"
    )
    assert one(text, rate_per_1000=8.8)["area"] == "Brent"
    assert one(text, rate_per_1000=9.1)["area"] == "Harrow"


YEARS = (
    "Thefts of bicycles in York\n\n"
    "News | By our reporter | 12 March 2021\n\n"
    "More than 1,100 bikes were reported stolen in York last year, figures show.\n\n"
    "The figures give the number of bicycle thefts recorded in each year since 2016:\n\n"
    "2016 – 1,402\n2017 – 1,388\n2020 – 1,117\n"
)


def test_a_list_of_years_with_dashes():
    assert one(YEARS, count=1388)["period_start"] == "2017-01"


def test_bikes_reported_stolen_are_bicycle_thefts():
    hit = one(YEARS, offence="bicycle_theft", period_start="2020-01")
    assert hit["count"] == 1117  # the precise figure of the list wins over "more than 1,100"


def test_a_byline_in_parts_dates_the_article_and_a_list_year_is_not_its_period():
    # "last year" is 2020 by the byline, so "more than 1,100" is the 2020 figure the list states
    # precisely, not a figure for 2016, the first year of the list
    assert not [r for r in rows(YEARS) if r["count"] == 1100]


def test_a_rate_of_thefts_in_a_story_about_one_kind_of_theft():
    text = (
        "Cycle theft rises in Oxford\n\n"
        "Police recorded 1,210 cycle thefts in Oxford in 2016. That is 7.9 thefts for every "
        "1,000 residents.\n"
    )
    assert one(text, rate_per_1000=7.9)["offence"] == "bicycle_theft"


def test_another_places_figure_in_a_sentence_about_rates():
    text = (
        "With 48 crimes per 1,000 residents in 2016, Rutland remains one of the safest places in "
        "the country; the figure for England and Wales as a whole was 70.\n"
    )
    assert one(text, area="England and Wales")["rate_per_1000"] == 70


def test_the_period_of_a_place_compared_with_is_its_own():
    text = (
        "Police recorded 61,000 offences in Suffolk in the 12 months to September 2021. That is "
        "80.2 crimes per 1,000 people, compared with a rate of 88.0 for England and Wales in the "
        "year ending June 2021, the latest national figure.\nRobbery rose to 402.\n"
    )
    suffolk = one(text, rate_per_1000=80.2)
    assert (suffolk["area"], suffolk["period_end"]) == ("Suffolk", "2021-09")
    assert one(text, rate_per_1000=88.0)["period_end"] == "2021-06"
    assert one(text, offence="robbery")["period_end"] == "2021-09"


def test_a_range_of_dates_with_weekdays_and_the_same_dates_a_year_before():
    text = (
        "Cleveland Police news release\n9 November 2021\n\n"
        "Between Sunday 24 October and Saturday 6 November, the force received 1,902 reports of "
        "anti-social behaviour in Cleveland, compared with 2,210 over the same dates in 2020.\n"
    )
    hit = one(text, count=1902)
    assert (hit["period_start"], hit["period_end"], hit["previous_count"]) == (
        "2021-10",
        "2021-11",
        2210,
    )


def test_a_national_story_whose_headline_names_regions():
    text = (
        "Burglary falls in Kent and Essex as national total drops\n\n"
        "Friday 21 July 2017\n\n"
        "Police in England and Wales recorded fewer burglaries last year than at any time since "
        "records began, official figures show.\n\n"
        "Forces recorded 401,000 burglaries in the year ending March 2017, down 4 per cent.\n"
    )
    assert one(text, count=401000)["area"] == "England and Wales"


STREETS = (
    "Crime on your street: Lincoln in May\n\n"
    "12 June 2016\n\n"
    "Police.uk lists 52 crimes on or near Prince of Wales Road in Lincoln in May 2016. Silver "
    "Street had 31.\n\n"
    "Across Lincoln as a whole, 1,204 crimes were reported in May, not counting a further 388 "
    "reports of anti-social behaviour.\n\n"
    "The figures for the city's main categories were:\n\nShoplifting: 140\nBurglary: 61\n"
)


def test_streets_are_places_of_their_own_and_not_the_place_in_their_name():
    assert one(STREETS, count=52)["area"] == "Prince of Wales Road"
    assert one(STREETS, count=31)["area"] == "Silver Street"
    assert not [r for r in rows(STREETS) if r["area"] == "Wales"]


def test_a_street_is_never_the_article_place_a_later_list_goes_back_to():
    assert one(STREETS, offence="burglary")["area"] == "Lincoln"


def test_not_counting_another_offence():
    hit = one(STREETS, count=1204)
    assert hit["offence"] == "total_recorded_crime"
    assert one(STREETS, count=388)["offence"] == "anti_social_behaviour"


def test_a_list_label_is_a_place_wherever_the_article_names_it():
    text = (
        "Hackney figures, year to September 2019\n\n"
        "Stoke Newington Central came second with 3,100 crimes, a rise of 6.1 per cent.\n\n"
        "The wards with the most recorded crime were:\n\n"
        "Hoxton East - 4,200\nStoke Newington Central - 3,100\n\n"
        "Across the capital, 880,000 offences were recorded, a rise of 3.2 per cent.\n"
    )
    assert one(text, change_pct=6.1)["area"] == "Stoke Newington Central"
    assert one(text, count=880000)["area"] == "London"


def test_early_mid_and_late_months_and_hyphenated_ranges():
    text = (
        "14 January 2020\n\n"
        "Police recorded 4,300 crimes in Exeter between September and December 2019. Freshers' "
        "Fortnight in late September accounted for 312 crimes. Force-wide, Devon and Cornwall "
        "recorded a 2.1 per cent rise in crime over the September-to-December period, while "
        "around 25,000 students arrived.\n"
    )
    hit = one(text, count=312)
    assert (hit["period_start"], hit["period_end"]) == ("2019-09", "2019-09")
    hit = one(text, change_pct=2.1)
    assert (hit["period_start"], hit["period_end"]) == ("2019-09", "2019-12")
    assert not [r for r in rows(text) if r["count"] == 25000]


def test_possession_offences_in_a_story_about_drugs():
    text = (
        "Police recorded 6,100 drug offences in Avon and Somerset in 2019, up from 5,700.\n\n"
        "Possession offences rose to 4,800 from 4,300. Officers found 1,200 plants at 31 farms.\n\n"
        "In Bath, trafficking offences fell by almost a fifth, although possession there went up "
        "by 6.5 per cent.\n"
    )
    hit = one(text, count=4800)
    assert (hit["offence"], hit["previous_count"]) == ("drug_possession", 4300)
    assert one(text, change_pct=6.5)["offence"] == "drug_possession"
    assert not [r for r in rows(text) if r["previous_count"] == 31]


def test_towns_of_five_thousand_people_are_known_places():
    text = (
        "Police recorded 9,200 crimes across Flintshire in 2013/14.\n\n"
        "But in Flint, offences went up by 7.4 per cent to 1,128. In Streatham Hill, burglary "
        "doubled, from 97 to 194.\n"
    )
    assert one(text, count=1128)["area"] == "Flint"
    assert one(text, count=194)["area"] == "Streatham Hill"  # the longer name wins


def test_a_bulleted_list_of_places_no_gazetteer_knows():
    text = (
        "In 2018, 2,600 bicycle thefts were reported in Oxford. Last year:\n\n"
        "- Carfax: 512 thefts\n- Jericho and Osney: 274\n"
    )
    assert one(text, count=512)["area"] == "Carfax"
    assert one(text, count=274)["area"] == "Jericho and Osney"


def test_a_table_heading_with_short_month_ranges():
    text = (
        "Recorded crime by district, year ending June 2019\n\n"
        "District    | Jul 18–Jun 19 | Jul 17–Jun 18 | Change\n"
        "Rugby       | 7,159         | 6,920         | +3.5%\n"
    )
    hit = one(text, area="Rugby")
    assert (hit["count"], hit["previous_count"], hit["period_start"]) == (7159, 6920, "2018-07")


def test_each_bullet_point_starts_from_the_lists_place():
    text = (
        "Police recorded 38,900 offences in Warwickshire in the year ending June 2019.\n\n"
        "Key points for the county\n"
        "• Shoplifting increased by 14 per cent. The sharpest rise was in Rugby, where 1,187 "
        "thefts from shops were recorded.\n"
        "• Criminal damage and arson was unchanged on the previous year.\n"
    )
    assert one(text, offence="criminal_damage_and_arson")["area"] == "Warwickshire"


def test_according_to_national_figures_is_a_source_not_a_place():
    text = (
        "Recorded crime across the Cleveland Police area has fallen by nearly 6 per cent, "
        "according to new national figures out this morning.\n\n"
        "Around 60,000 crimes were recorded in the year to March 2023.\n\n"
        "Across England and Wales, crime was broadly stable.\n"
    )
    assert one(text, change_pct=-6)["area"] == "Cleveland"


def test_as_many_as_names_the_comparison():
    text = (
        "Police recorded 700 crimes in Ludlow in the twelve months to the end of March 2016.\n"
        "Non-dwelling burglaries rose: there were forty, nearly twice as many as the twenty-one "
        "recorded in 2014/15.\n"
    )
    hit = one(text, count=40)
    assert (hit["previous_count"], hit["period_start"]) == (21, "2015-04")


def test_offences_there_refers_to_the_place_just_named():
    text = (
        "Police recorded 1,100 shoplifting offences in Colchester between January and June 2023."
        "\n\nCastle ward, which covers the High Street, was the worst affected. Offences there "
        "rose from 90 to 160.\n"
    )
    assert one(text, count=160)["area"] == "Castle"


def test_the_whole_a_part_is_of_is_not_the_parts_place():
    text = (
        "Police recorded 900 rapes in Suffolk in the year ending March 2021.\n\n"
        "Ipswich accounted for 350 of the county's rapes and 1,200 stalking and harassment "
        "offences.\n"
    )
    assert {r["area"] for r in rows(text) if r["count"] in (350, 1200)} == {"Ipswich"}


def test_three_months_to_a_month_is_a_quarter_resolved_from_the_dateline():
    text = (
        "Crime up in Banbury\n\n12 May 2016\n\n"
        "Officers in Banbury recorded 2,140 crimes in the three months to the end of March, "
        "compared with 1,980 in January to March 2015.\n\n"
        "Across Thames Valley, 31,400 crimes were recorded in the quarter.\n"
    )
    hit = one(text, count=2140)
    assert (hit["period_start"], hit["period_end"], hit["previous_count"]) == (
        "2016-01",
        "2016-03",
        1980,
    )
    assert one(text, count=31400)["period_start"] == "2016-01"


def test_a_month_alone_is_that_month_of_the_article():
    text = (
        "Crime up in Banbury\n\n12 May 2016\n\n"
        "Officers in Banbury recorded 2,140 crimes in the six months to March.\n\n"
        "February alone accounted for 402 crimes.\n"
    )
    assert one(text, count=2140)["period_start"] == "2015-10"
    hit = one(text, count=402)
    assert (hit["period_start"], hit["period_end"]) == ("2016-02", "2016-02")


def test_homes_burgled_and_the_times_a_crime_was_committed():
    text = (
        "Burglary in Hexham\n\n3 March 2017\n\n"
        "Burglaries in Hexham were committed 88 times in 2016, police said. In Hexham, 14 homes "
        "were burgled in December 2016, and houses were broken into 30 times in the autumn.\n"
    )
    hit = one(text, count=14)
    assert (hit["offence"], hit["period_start"]) == ("residential_burglary", "2016-12")
    assert one(text, count=30)["offence"] == "residential_burglary"


def test_old_violence_against_the_person_with_and_without_injury():
    text = (
        "In Workington in 2007/08, violence against the person with injury fell to 512 "
        "offences and violence against the person without injury rose to 640.\n"
    )
    assert one(text, count=512)["offence"] == "violence_with_injury"
    assert one(text, count=640)["offence"] == "violence_without_injury"


def test_the_force_area_is_the_force_named_in_the_sentence_before():
    text = (
        "Crime in Ceredigion\n\nPolice recorded 5,100 crimes in Ceredigion in 2018, a rate of 41.2 per "
        "1,000 people, below the 52.0 for the Dyfed-Powys Police area as a whole. Across the "
        "force area, 27,300 offences were recorded.\n"
    )
    assert one(text, count=27300)["area"] == "Dyfed-Powys"


def test_a_change_right_after_an_offences_count_is_that_offences():
    text = (
        "In Bangor, violent crime climbed to 1,410 from 1,302 in 2019, and there were 41 "
        "robberies recorded, six more than in 2018.\n"
    )
    hit = one(text, count=41)
    assert (hit["offence"], hit["change_abs"]) == ("robbery", 6)
    assert one(text, count=1410)["change_abs"] is None


def test_its_up_refers_to_the_offence_just_named():
    text = (
        "Police recorded 6,200 crimes in Yeovil in 2021.\n\n"
        "The inspector said: \"Shoplifting is what worries traders most. It's up 12 per cent, "
        'to 540 offences."\n'
    )
    assert one(text, count=540)["offence"] == "shoplifting"


def test_a_pronoun_clause_gives_the_direction_of_the_offence_before():
    text = (
        "In 2018/19, burglary in Cheshire rose from 3,010 to 3,420, while in Merseyside it fell "
        "slightly.\n"
    )
    assert one(text, area="Merseyside")["direction"] == "down"


def test_edged_down_is_a_fall():
    text = "In Rhyl in 2015, robbery rose by 4 per cent, while shoplifting edged down.\n"
    assert one(text, offence="shoplifting")["direction"] == "down"


def test_up_the_coast_is_no_elliptical_list_item():
    text = (
        "In Whitby in 2022, drug offences climbed to 64.\n\n"
        "Down the coast, Scarborough had a quieter year, with 9,120 crimes recorded.\n"
    )
    assert one(text, count=9120)["offence"] == "total_recorded_crime"


def test_journeys_of_two_kinds_are_no_crimes():
    text = (
        "In Sheffield in 2019, 3,310 crimes were recorded on trams and buses. With around 120 "
        "million bus and tram journeys made during the year, that is 28 crimes per million.\n"
    )
    assert [r["count"] for r in rows(text)] == [3310]


def test_the_previous_years_figure_is_the_previous_count():
    text = "In Exeter in 2021/22:\nRobbery: 96, little changed on the previous year's 103\n"
    assert one(text, offence="robbery")["previous_count"] == 103


def test_a_nation_named_after_the_force_keeps_its_figure():
    text = (
        "Police in Hartlepool recorded 9,100 crimes in 2015/16. That is 98.7 per 1,000 "
        "residents, the highest rate in any district policed by Cleveland Police and well above "
        "the England and Wales rate of 62.9.\n"
    )
    assert one(text, rate_per_1000=62.9)["area"] == "England and Wales"


def test_an_offence_and_its_figure_as_list_items():
    text = (
        "Stockton in the 12 months to March 2016:\n"
        "• Theft: 4,410 offences (4,601), of which shoplifting 1,380, up 7 per cent.\n"
        "• Violence: up 9 per cent to 2,950; violence with injury 1,204 (1,101).\n"
    )
    hit = one(text, count=1380)
    assert (hit["offence"], hit["change_pct"]) == ("shoplifting", 7)
    hit = one(text, count=1204)
    assert (hit["offence"], hit["previous_count"]) == ("violence_with_injury", 1101)
    assert one(text, count=4410)["change_pct"] is None


def test_a_rate_before_twice_the_county_figure_is_the_towns():
    text = (
        "Within Devon, Torquay had the highest rate in 2018, with 9,800 crimes, or 117.2 per "
        "1,000 people, almost twice the county figure.\n"
    )
    assert one(text, rate_per_1000=117.2)["area"] == "Torquay"


def test_knife_robbery_is_no_category_of_its_own():
    text = (
        "Robbery in Leicester rose by 8 per cent to 1,210 in 2019, while knife-enabled robbery "
        "rose by 15 per cent. Knifepoint robberies numbered 402.\n"
    )
    assert [(r["offence"], r["count"], r["change_pct"]) for r in rows(text)] == [
        ("robbery", 1210, 8)
    ]


def test_a_table_of_wards_with_this_and_last_years_counts():
    text = (
        "Robberies recorded in each ward in the 12 months to the end of June 2017:\n\n"
        "Ward | Offences | Previous year\n"
        "Fairfield | 61 | 70\n"
        "Tower Hill | 44 | 39\n"
    )
    hit = one(text, area="Fairfield")
    assert (hit["offence"], hit["count"], hit["previous_count"]) == ("robbery", 61, 70)
    assert one(text, area="Tower Hill")["period_end"] == "2017-06"


def test_and_a_ward_recorded_a_rise_is_that_wards():
    text = (
        "Vehicle crime in the wards of Halton in 2018: Ditton saw 203 thefts of and from "
        "vehicles, up from 176, and Hough Green recorded a 14% rise.\n"
    )
    assert one(text, change_pct=14)["area"] == "Hough Green"


def test_a_town_centre_is_a_place_of_its_own():
    text = (
        "Violence in Swansea city centre on Friday and Saturday nights fell this summer.\n\n"
        "Between June and August 2021 officers recorded 388 violent offences, down from 431.\n\n"
        "Inspector Rees, of the Swansea city centre team, said patrols would continue.\n"
    )
    hit = one(text, count=388)
    assert (hit["area"], hit["previous_count"]) == ("Swansea city centre", 431)


def test_the_centre_zone_of_a_town():
    text = (
        "Figures show 1,042 crimes were recorded in the Taunton town centre zone between "
        "March and August 2022, compared with 1,219 in the six months before it started.\n"
    )
    assert one(text, count=1042)["area"] == "Taunton town centre"


def test_rural_theft_phrases():
    text = (
        "Rural crime in Suffolk in 2014/15:\n\n"
        "Quad bike thefts in Mid Suffolk doubled to 24.\n"
        "Babergh had the most farm break-ins, 61, up from 50.\n"
        "In Forest Heath, fuel thefts went up 20 per cent to 35.\n"
        "Oil was siphoned from tanks on 140 occasions across the county.\n"
    )
    assert one(text, count=24)["offence"] == "vehicle_offences"
    assert one(text, count=61)["offence"] == "non_residential_burglary"
    assert one(text, count=35)["offence"] == "other_theft"
    assert one(text, count=140)["previous_count"] is None


def test_an_appositive_about_the_offence_names_no_other_offence():
    text = (
        "In Derbyshire in 2022/23, shoplifting, the only acquisitive crime to rise, reached "
        "4,210 offences.\n"
    )
    assert one(text, count=4210)["offence"] == "shoplifting"


def test_a_superlative_does_not_reach_across_while():
    text = (
        "Crime in Kent fell in 2021/22.\n\n"
        "Dartford saw the steepest fall in overall crime, down 9.1%, while crime in Gravesham "
        "fell by 4.4%.\n"
    )
    assert one(text, change_pct=-4.4)["area"] == "Gravesham"


def test_a_towns_neighbourhood_team_makes_it_no_ward():
    text = (
        "Crime in Grimsby\n\n3 May 2014\n\n"
        "Police recorded 9,100 crimes in Grimsby in 2013/14.\n\n"
        "Across North East Lincolnshire as a whole, crime fell by 3 per cent.\n\n"
        "Vehicle crime was a bright spot: 610 offences were recorded in 2013/14.\n\n"
        "Inspector Jane Hall of Grimsby's neighbourhood team welcomed the figures.\n"
    )
    assert one(text, count=610)["area"] == "Grimsby"


def test_reaching_gives_the_count():
    text = "In Walsall in 2019/20, possession of weapons offences almost doubled, reaching 188.\n"
    hit = one(text, offence="possession_of_weapons")
    assert (hit["count"], hit["change_pct"]) == (188, 100)


def test_items_of_a_list_of_ambitions_are_targets():
    text = (
        "Recorded crime in Derby rose by 4 per cent in 2018/19.\n\n"
        "The partnership has set the following ambitions:\n\n"
        "- reduce total recorded crime by 5 per cent by March 2022;\n"
        "- cut repeat victims of domestic abuse by 10 per cent;\n"
        "- halve shoplifting in the city centre.\n"
    )
    assert [(r["offence"], r["change_pct"]) for r in rows(text)] == [("total_recorded_crime", 4)]


def test_additional_community_safety_officers_are_no_change():
    text = (
        "Robbery in Bury rose to 210 in 2020. The grant pays for four additional community "
        "safety officers.\n"
    )
    assert [(r["offence"], r["change_abs"]) for r in rows(text)] == [("robbery", None)]


def test_a_heading_line_over_its_paragraph_names_the_place():
    text = (
        "The figures cover October to December 2013 against the same months of 2012.\n\n"
        "Grangetown\nGrangetown saw 214 crimes recorded. Vehicle crime rose to 33 from 20.\n\n"
        "St Hilda's\nBicycle theft in St Hilda's doubled to 12.\n"
    )
    assert one(text, count=33)["area"] == "Grangetown"
    assert one(text, count=12)["area"] == "St Hilda's"


def test_a_national_period_is_not_the_articles_last_12_months():
    text = (
        "Knife offences up in Reading\n\nReading | Tuesday 10 March 2020\n\n"
        "Police in Reading have recorded 301 possession of weapons offences in the last 12 "
        "months.\n\n"
        "Nationally, possession of weapons offences in England and Wales rose by 8 per cent in "
        "the year to September 2019.\n"
    )
    hit = one(text, count=301)
    assert (hit["period_start"], hit["period_end"]) == ("2019-03", "2020-02")


def test_a_superlative_does_not_reach_past_compared_with():
    text = (
        "In the year to June 2019 the South West was the only region where crime fell, by 1 per "
        "cent. It also "
        "had the lowest rate, at 66 per 1,000, compared with 89 for England and Wales as a "
        "whole. The North East saw crime jumping 14 per cent.\n"
    )
    assert one(text, rate_per_1000=89)["area"] == "England and Wales"
    assert one(text, area="North East")["change_pct"] == 14


def test_rates_of_the_county_and_the_nation_as_list_items():
    text = (
        "In 2022/23 there were 2,100 violence against the person offences in Grantham, a rate "
        "of 47.1 per 1,000 people. The county figure was 30.2 per 1,000 and the national rate "
        "33.9.\n"
    )
    assert one(text, rate_per_1000=30.2)["area"] == "Lincolnshire"
    assert one(text, rate_per_1000=33.9)["area"] == "England and Wales"


def test_an_elliptical_place_with_an_aside():
    text = (
        "In 2022/23, Lincoln had a rate of 97.6 crimes per 1,000 people and West Lindsey, "
        "which includes Gainsborough, 58.3.\n"
    )
    assert one(text, rate_per_1000=58.3)["area"] == "West Lindsey"


def test_a_survey_in_a_clause_after_the_figures():
    text = (
        "In the year ending March 2018, Bangor recorded 4,100 crimes. Nationally, police in "
        "England and Wales recorded just over 5.5 million crimes, up 14 per cent, although the "
        "Crime Survey for England and Wales suggested crime was broadly flat.\n"
    )
    hit = one(text, area="England and Wales")
    assert (hit["count"], hit["change_pct"], hit["direction"]) == (5500000, 14, None)


def test_made_up_of_the_total_and_the_most_of_any_town():
    text = (
        "Five towns of Kent ranked by crime in 2017:\n\n"
        "1. Margate - 4,012 crimes. Violent crime made up 1,604 of the total.\n"
        "2. Dover - 3,210 crimes. The town recorded the most burglaries of any Kent town, "
        "including 402 shoplifting offences.\n"
    )
    hit = one(text, count=1604)
    assert (hit["area"], hit["offence"]) == ("Margate", "violence_against_the_person")
    assert one(text, count=402)["area"] == "Dover"


def test_a_rate_a_year_earlier_is_no_statistic_of_the_period():
    text = (
        "In the year ending March 2022, Boston recorded 102.4 crimes per 1,000 residents. The "
        "borough's rate was 98.3 a year earlier.\n"
    )
    assert [r["rate_per_1000"] for r in rows(text)] == [102.4]


def test_victims_referred_is_no_crime_label():
    text = (
        "Year in numbers (Cumbria, 2019/20)\n\n"
        "Shoplifting: 2,204\n"
        "Victims referred to support services: 5,770\n"
    )
    assert [r["count"] for r in rows(text)] == [2204]


def test_a_figure_leading_its_line_then_what_it_counts():
    text = (
        "CRIME IN NUMBERS\nWhitby, 12 months to June 2021\n\n"
        "2,412 - crimes recorded in the town, up 3.1% on a year earlier\n\n"
        "870 - violence against the person offences (802)\n\n"
        "Two - robberies, down from 5\n"
    )
    assert one(text, count=2412)["offence"] == "total_recorded_crime"
    hit = one(text, count=870)
    assert (hit["offence"], hit["previous_count"]) == ("violence_against_the_person", 802)
    assert one(text, offence="robbery")["count"] == 2


def test_a_markdown_table_of_three_years_is_a_series():
    text = (
        "Figures supplied by the force for Rhyl:\n\n"
        "| Offence | 2018 | 2019 | 2020 |\n"
        "|---|---|---|---|\n"
        "| Robbery | 31 | 40 | 29 |\n"
    )
    got = sorted((r["period_start"], r["count"], r["previous_count"]) for r in rows(text))
    assert got == [("2018-01", 31, None), ("2019-01", 40, None), ("2020-01", 29, None)]


def test_a_place_heading_after_a_figure_free_sentence_starts_afresh():
    text = (
        "Crime in Cheshire in 2022/23\n\n"
        "Halton\nHalton recorded 14,305 crimes. The force said about 23 per cent of offences in "
        "the borough were flagged as domestic abuse related.\n\n"
        "Warrington\nWarrington saw the smallest rise, 1.2 per cent, taking its total to 20,731. "
        "Violence against the person made up 8,947 of those.\n"
    )
    assert one(text, count=20731)["offence"] == "total_recorded_crime"
    assert one(text, count=8947)["offence"] == "violence_against_the_person"


def test_it_was_n_in_the_year_before_in_brackets():
    text = (
        "Crime in Selly Oak in 2022. Robberies dropped from 30 to 21, and violent crime was "
        "flat at 512 (it was 508 in 2021).\n"
    )
    hit = one(text, count=512)
    assert (hit["period_start"], hit["previous_count"]) == ("2022-01", 508)
    assert one(text, count=21)["period_start"] == "2022-01"


def test_a_list_of_consecutive_months_is_their_span():
    text = (
        "Summer in Whitby\n\n6 September 2021\n\n"
        "Officers recorded 190 criminal damage offences in Whitby during June, July and August, "
        "compared with 160 over the same three months of 2020.\n"
    )
    hit = one(text, count=190)
    assert (hit["period_start"], hit["period_end"], hit["previous_count"]) == (
        "2021-06",
        "2021-08",
        160,
    )


def test_offences_right_after_a_sentence_naming_the_offence():
    text = (
        "Crime in Bromley rose between 2014/15 and 2019/20. Violence against the person "
        "accounted for most of the growth. There were 7,102 offences in 2019/20, up 41 per cent "
        "from 5,034 in 2014/15. The number of officers based in the borough fell from 602 to "
        "531 over the period.\n"
    )
    hit = one(text, count=7102)
    assert (hit["offence"], hit["previous_count"]) == ("violence_against_the_person", 5034)
    assert not [r for r in rows(text) if r["count"] == 531 or r["previous_count"] == 602]


def test_parts_of_a_whole_by_place():
    text = (
        "Durham recorded nine homicides in 2010. Six of the nine killings took place in the "
        "city of Sunderland, two in Gateshead and one in Hartlepool.\n"
    )
    assert one(text, count=6)["area"] == "Sunderland"
    assert one(text, count=2)["area"] == "Gateshead"


def test_the_ward_is_the_ward_just_named_and_the_borough_the_article_s():
    text = (
        "Crime in Southwark's wards\n\n"
        "Police recorded 143 residential burglaries in the Peckham Rye ward between October and "
        "December 2022. Overall crime in the ward rose from 402 to 688.\n\n"
        "Across the borough as a whole, 9,800 crimes were logged over the same period.\n"
    )
    assert one(text, count=688)["area"] == "Peckham Rye"
    assert one(text, count=9800)["area"] == "Southwark"


def test_a_place_inside_a_longer_name_is_not_that_place():
    text = (
        "Police in Leeds recorded 9,100 crimes between October and December 2022. Neighbouring "
        "Little London and Woodhouse, which takes in the campus, saw 521 crimes.\n"
    )
    found = rows(text)
    assert 521 in {r["count"] for r in found}
    assert "London" not in {r["area"] for r in found}


def test_wards_in_prose():
    text = (
        "Ward crime in the borough of Walsall in 2013\n\n"
        "Darlaston South recorded 1,487 crimes in 2013, almost twice the borough-wide rate of "
        "61.9 per 1,000.\n\n"
        "In St Matthew's, which covers the town centre, 1,302 crimes were recorded, while "
        "neighbouring Birchills Leamore saw violent crime rise by 14 per cent to 267 offences. "
        "The quietest ward was Pheasey, on the edge of Sutton Coldfield, with 402 crimes.\n\n"
        "Across the whole borough, 19,414 crimes were recorded in 2013.\n"
    )
    assert one(text, rate_per_1000=61.9)["area"] == "Walsall"
    assert one(text, count=1302)["area"] == "St Matthew's"
    assert one(text, count=267)["area"] == "Birchills Leamore"
    assert one(text, count=402)["area"] == "Pheasey"
    assert one(text, count=19414)["area"] == "Walsall"


def test_fire_service_figures_are_no_crimes():
    text = (
        "Criminal damage in Mansfield rose in 2015/16, with 1,684 damage offences recorded.\n\n"
        "Fire crews attended 412 deliberate fires in Mansfield in 2015/16, up from 356 the year "
        "before. Secondary fires made up 301 of those.\n"
    )
    found = rows(text)
    assert [(r["offence"], r["count"]) for r in found] == [("criminal_damage_and_arson", 1684)]
    assert all(r["previous_count"] is None for r in found)


def test_a_national_park_and_its_villages():
    text = (
        "Police recorded 380 crimes inside Dartmoor National Park in 2015, 20 fewer than in "
        "2014.\n\nThe village-by-village picture was mixed:\n\n"
        "Widecombe recorded 21 crimes, up from 15.\n"
        "Postbridge and Bellever had 14, up by three.\n"
        "Holne had nine crimes, compared with 11 in 2014.\n"
        "Sheepstor recorded no crimes at all.\n"
    )
    assert one(text, count=380)["area"] == "Dartmoor National Park"
    assert one(text, count=21)["area"] == "Widecombe"
    assert one(text, count=14)["area"] == "Postbridge and Bellever"
    assert one(text, count=9)["area"] == "Holne"
    assert one(text, count=0)["area"] == "Sheepstor"


def test_a_dashboard_ward_table_in_prose():
    text = (
        "Police recorded 21,300 total notifiable offences in Haringey in the 12 months to the "
        "end of March 2021, according to the Met's online crime dashboard. Of the borough's "
        "wards, Tottenham Hale came top with 2,318 offences. Noel Park came second with 1,966.\n"
    )
    assert one(text, count=21300)["offence"] == "total_recorded_crime"
    assert one(text, count=1966)["area"] == "Noel Park"


def test_two_years_side_by_side_with_a_change_stated():
    text = (
        "Crime in Dyfed-Powys rose. Dyfed-Powys Police recorded 21,400 offences in 2013/14 "
        "and 23,100 in 2014/15, an increase of 7.9 per cent. Powys was the only area to record "
        "a fall, of 46 offences.\n"
    )
    hit = one(text, count=23100)
    assert (hit["period_start"], hit["previous_count"], hit["change_pct"]) == (
        "2014-04",
        21400,
        7.9,
    )
    assert not [r for r in rows(text) if r["count"] == 21400]
    assert one(text, area="Powys")["change_abs"] == -46


def test_rows_of_two_figures_in_the_order_the_text_gives():
    text = (
        "Crime in Cumbria in 2016/17.\n\n"
        "The breakdown for the force area is below, with the 2015/16 figure first and the "
        "2016/17 figure second:\n\n"
        "Robbery: 114 / 98\n"
        "Shoplifting: 2,402 / 2,655\n"
    )
    hit = one(text, offence="robbery")
    assert (hit["count"], hit["previous_count"], hit["period_start"]) == (98, 114, "2016-04")
    assert one(text, offence="shoplifting")["count"] == 2655


def test_a_newsletter_edition_month_dates_the_article():
    text = (
        "BLAGDON VILLAGE NEWS - November 2014\n\nFrom your PCSO\n\n"
        "Between July and September there were 7 crimes recorded in Blagdon.\n"
    )
    hit = one(text, count=7)
    assert (hit["period_start"], hit["period_end"]) == ("2014-07", "2014-09")


def test_a_new_paragraph_naming_another_place_does_not_take_the_last_offence():
    text = (
        "In Lincoln in the year to September 2010, crime fell 9.4% to 10,905. Police said one "
        "in three violent offences happened near pubs.\n\n"
        "East Lindsey recorded 8,730 offences, down 5.6 per cent.\n"
    )
    assert one(text, count=8730)["offence"] == "total_recorded_crime"


def test_a_place_no_gazetteer_knows_named_in_the_headline_and_the_body():
    text = (
        "The Sentinel, Stoke-on-Trent\nMonday, 13 May 2019\n\n"
        "Shop thefts soar in Burslem as traders count the cost\n\n"
        "Staffordshire Police data for Burslem shows 646 shoplifting offences were recorded "
        "between April 2018 and March 2019, up 21 per cent.\n\n"
        "Criminal damage in Burslem fell by 8 per cent to 114 offences.\n"
    )
    assert one(text, count=646)["area"] == "Burslem"
    assert one(text, count=114)["area"] == "Burslem"


def test_a_new_paragraphs_offences_are_the_articles_offence_after_an_aside():
    text = (
        "Knife offences soar in the big forces\n\n"
        "Forces recorded 57,214 possession of weapons offences in the year ending March 2024.\n\n"
        "In the West Midlands, officers recorded 5,412 offences, up 11 per cent. Robberies in "
        "the force area reached 9,120.\n\n"
        "Greater Manchester Police recorded 4,690 offences, an increase of 402.\n"
    )
    assert one(text, count=4690)["offence"] == "possession_of_weapons"


def test_a_railway_line_is_a_place():
    text = (
        "NEWS RELEASE - British Transport Police\n14 May 2014\n\n"
        "Crime on the Chiltern Main Line between London Marylebone and Birmingham fell by 6.1 "
        "per cent in 2013/14.\n\nOfficers recorded 1,973 crimes on the route. Across Great "
        "Britain's rail network, crime fell by 4 per cent.\n"
    )
    assert one(text, count=1973)["area"] == "Chiltern Main Line"
    assert one(text, change_pct=-4)["area"] == "Great Britain"


def test_homes_in_the_city_were_broken_into():
    text = (
        "Official figures show 3,512 homes in Sheffield were broken into in the year ending "
        "March 2015, down from 3,980.\n"
    )
    hit = one(text, count=3512)
    assert (hit["offence"], hit["previous_count"]) == ("residential_burglary", 3980)


def test_saints_wards_with_asides_and_pairs():
    text = (
        "Student wards of Canterbury, autumn term 2019.\n\n"
        "St Stephen's, which covers the campus and most of its halls, recorded 286 violent "
        "offences, up from 241. In Northgate and St Dunstan's, drug possession offences more "
        "than doubled, to 47. Over the summer, recorded crime in Westgate and St Mildred fell by "
        "9 per cent.\n"
    )
    assert one(text, count=286)["area"] == "St Stephen's"
    assert one(text, count=47)["area"] == "Northgate and St Dunstan's"
    assert one(text, change_pct=-9)["area"] == "Westgate and St Mildred"


def test_a_posted_by_line_dates_the_article():
    text = (
        "Bike theft in Cambridge\nPosted 12 June 2019 by PC Ann Lee, Cycle Crime Officer\n\n"
        "From January to May we have had 643 reports of bicycle theft in Cambridge.\n"
    )
    hit = one(text, count=643)
    assert (hit["period_start"], hit["period_end"]) == ("2019-01", "2019-05")


def test_a_hyphenated_place_and_its_short_form():
    text = (
        "Burnham crime stays low\n\n"
        "Burnham-on-the-Marsh recorded 94 crimes in 2013, down from 117 in 2012.\n\n"
        "The town had two burglaries.\n"
    )
    assert one(text, count=94)["area"] == "Burnham-on-the-Marsh"
    assert {r["area"] for r in rows(text)} == {"Burnham-on-the-Marsh"}


def test_the_city_centre_in_an_article_about_a_city_centre():
    text = (
        "Thieves targeted shoppers in Bristol city centre over Christmas.\n\n"
        "Avon and Somerset Police recorded 148 theft from the person offences in the city "
        "centre between November 20 and December 31, 2017.\n"
    )
    assert one(text, count=148)["area"] == "Bristol city centre"


def test_this_august_and_last_august_from_the_dateline():
    text = (
        "Summer crime in Newquay\n\nTuesday, 26 September 2023\n\n"
        "There were 24 burglaries in Newquay this August, and criminal damage fell to 88 last "
        "August.\n"
    )
    assert one(text, count=24)["period_start"] == "2023-08"
    assert one(text, count=88)["period_start"] == "2022-08"


def test_england_and_wales_separately():
    text = (
        "In the year ending June 2016, police across England and Wales recorded 4.4 million "
        "crimes. The four Welsh forces recorded 210,004 offences, up 6 per cent. Sexual offences "
        "went up 30 per cent to 98,106 across the two nations. There were 560 homicides in "
        "England and Wales, 531 of them in England.\n"
    )
    assert one(text, count=210004)["area"] == "Wales"
    assert one(text, count=98106)["area"] == "England and Wales"
    assert one(text, count=531)["area"] == "England"


def test_from_a_to_b_after_another_offences_from_to():
    text = (
        "In Sutton in 2016/17, violence against the person climbed from 2,905 offences to "
        "3,164, and within that category violence with injury was up from 988 to 1,240. In the "
        "town centre ward of Carshalton Central, crime was up from 1,702 to 1,818.\n"
    )
    hit = one(text, offence="violence_with_injury")
    assert (hit["count"], hit["previous_count"]) == (1240, 988)
    assert one(text, offence="violence_against_the_person")["previous_count"] == 2905
    assert one(text, count=1818)["area"] == "Carshalton Central"


def test_a_places_figure_as_the_subject_of_a_direction():
    text = (
        "In 2016, crime rose by 5 per cent in Doncaster; Rotherham's increase was smaller, at 4 "
        "per cent, while Sheffield's figure was virtually unchanged. Barnsley saw little "
        "change.\n"
    )
    assert one(text, area="Sheffield")["direction"] == "same"
    assert one(text, area="Barnsley")["direction"] == "same"


def test_places_figures_in_brackets_and_ranked_on():
    text = (
        "Home burglaries in North Wales fell in 2018/19. In Conwy the figure was 356, while "
        "Flintshire (497) and Denbighshire (338) also recorded falls.\n\n"
        "Norwich came top with 14,212 offences. It was followed by Breckland on 8,031. South "
        "Norfolk came third on 6,418.\n"
    )
    assert one(text, count=497)["area"] == "Flintshire"
    assert one(text, count=338)["area"] == "Denbighshire"
    assert one(text, count=8031)["area"] == "Breckland"
    assert one(text, count=6418)["area"] == "South Norfolk"


def test_with_a_place_recording_a_figure():
    text = (
        "In 2010/11, offences against vehicles fell in both counties, with Devon recording "
        "3,870 and Cornwall 2,995.\n"
    )
    assert one(text, count=3870)["area"] == "Devon"
    assert one(text, count=2995)["area"] == "Cornwall"


def test_a_longer_place_with_a_geographic_last_word():
    text = (
        "Crime in south Shropshire in 2015/16.\n\nCraven Arms recorded one robbery and 41 "
        "thefts. In Hyde Park, 212 crimes were recorded.\n"
    )
    assert one(text, count=41)["area"] == "Craven Arms"
    assert one(text, count=212)["area"] == "Hyde Park"


# ---- rules from the twentieth batch (379-398, typical articles; 2026-11-23, session 9)


def test_part_of_a_financial_year():
    text = (
        "Dorset Police has published figures for the first six months of the 2016/17 financial "
        "year.\n\nThe main offence groups were:\n\n■ 2,104 violence against the person offences, "
        "down three percent\n■ 388 dwelling burglaries, up 2.5 percent\n"
    )
    r = one(text, offence="residential_burglary")
    assert (r["period_start"], r["period_end"]) == ("2016-04", "2016-09")
    assert r["count"] == 388


def test_a_request_to_cut_crime_is_an_ambition():
    text = (
        'Crime in Gwynedd fell in 2015/16. The chief constable said: "The commissioner asked us '
        'to cut crime by four per cent this year and we did better than that."\n'
    )
    assert all(r["change_pct"] is None for r in rows(text))


def test_people_killed_in_homicides_count_homicides():
    text = "Three people lost their lives in homicides in Wrexham in 2017, compared with two in 2016.\n"
    r = one(text, offence="homicide")
    assert (r["count"], r["previous_count"]) == (3, 2)


def test_another_figures_arrests_do_not_make_a_figure_a_non_crime():
    text = (
        "In Grimsby in 2019, robbery rose by 12 to 71, and detectives said an operation against "
        "dealing had made 140 arrests.\n"
    )
    r = one(text, offence="robbery")
    assert (r["count"], r["change_abs"]) == (71, 12)


def test_a_list_of_the_parts_of_an_area_keeps_the_whole():
    text = (
        "North Wales Police recorded 61,250 crimes in 2021, 2,240 fewer than in 2020. That means "
        "there were 2,240 fewer victims of crime across Wrexham, Flintshire, Denbighshire and "
        "Conwy.\n\nThe 1,412 robberies were recorded across Wrexham, Flintshire and Gwynedd over "
        "the year.\n"
    )
    assert {r["area"] for r in rows(text)} == {"North Wales"}


def test_fewer_victims_before_another_clause_are_victims_of_crime():
    text = "Nearly 3,000 fewer victims as burglary falls in Kent in 2019\n"
    assert one(text, area="Kent")["offence"] == "total_recorded_crime"


def test_places_ranked_by_their_rate():
    text = (
        "In the year ending March 2020, Bradford had a crime rate of 121.4 per 1,000 residents. "
        "Leeds was second at 112.0, and Kirklees came fourth at 97.3, while Calderdale recorded "
        "the lowest rate of the five at 90.8 crimes per 1,000 residents. Wakefield ranked third "
        "on 104.9.\n"
    )
    assert one(text, area="Leeds")["rate_per_1000"] == 112.0
    assert one(text, area="Kirklees")["rate_per_1000"] == 97.3
    assert one(text, area="Calderdale")["rate_per_1000"] == 90.8
    assert one(text, area="Wakefield")["rate_per_1000"] == 104.9


def test_the_largest_share_of_offences_is_the_whole():
    text = (
        "In 2018/19, violent crime made up the largest share of offences in Rochdale, with "
        "9,881 recorded, compared with 9,012 the year before.\n"
    )
    r = one(text, count=9881)
    assert (r["offence"], r["previous_count"]) == ("violence_against_the_person", 9012)


def test_a_count_against_a_figure_after_a_rate():
    text = "In Ipswich in 2022, the rate was 91.6, with 12,404 offences against 12,390 the previous year.\n"
    r = one(text, count=12404)
    assert (r["previous_count"], r["rate_per_1000"]) == (12390, 91.6)


def test_stores_in_a_place_are_where_not_whose():
    text = (
        "Shoplifting in Thurrock rose by more than a quarter in 2022, from 880 offences to "
        "1,121, with stores in Grays and Tilbury among those worst hit.\n"
    )
    assert one(text, count=1121)["area"] == "Thurrock"


def test_more_than_a_round_figure_agrees_with_the_exact_one():
    text = (
        "Slough crime up by more than 1,000 offences\n\nPolice recorded 15,210 offences in Slough "
        "in 2022, 1,164 more than in 2021.\n"
    )
    r = one(text, area="Slough")
    assert r["change_abs"] == 1164 and not r["conflict"]


def test_a_county_wide_rate_in_a_list_of_rates_compared_with():
    text = (
        "Crime in Kendal in the year ending June 2012. That equates to 61.0 crimes per 1,000 "
        "residents, compared with a Cumbria-wide rate of 52.4 and a rate of 70.3 for England and "
        "Wales.\n"
    )
    assert one(text, rate_per_1000=61.0)["area"] == "Kendal"
    assert one(text, rate_per_1000=52.4)["area"] == "Cumbria"
    assert one(text, rate_per_1000=70.3)["area"] == "England and Wales"


def test_a_number_of_districts_is_no_count():
    text = (
        "In 2013, crime in Allerdale went up 1.8 per cent to 4,102 offences, making it the only "
        "one of Cumbria's six districts to see an increase.\n"
    )
    assert [r["count"] for r in rows(text)] == [4102]


def test_slipped_to_is_a_fall_to_a_count():
    text = "In Brixton in 2023, the total of crimes slipped to 2,310 from 2,388.\n"
    r = one(text, area="Brixton")
    assert (r["count"], r["previous_count"]) == (2310, 2388)


def test_a_visitor_population_in_an_aside_does_not_stop_a_rate():
    text = (
        "Crime in London rose in 2023/24. Camden, with its large student population, had by far "
        "the highest rate at 162.3 crimes per 1,000 people, while Sutton had the lowest at 49.5.\n"
    )
    assert one(text, area="Camden")["rate_per_1000"] == 162.3
    assert one(text, area="Sutton")["rate_per_1000"] == 49.5


def test_the_most_crime_in_the_borough_ranks_the_ward():
    text = (
        "Crime in Lambeth in 2022/23.\n\nStreatham Hill, which includes the railway "
        "station, again recorded the most crime in the borough, with 2,870 offences.\n"
    )
    assert one(text, count=2870)["area"] == "Streatham Hill"


def test_hoped_to_is_an_ambition():
    text = (
        "Car crime in Basingstoke fell by 9 per cent in the year to June 2016. The force said it "
        "hoped to achieve a further 15 per cent reduction in vehicle crime by next spring.\n"
    )
    assert [r["change_pct"] for r in rows(text)] == [-9]


def test_ward_headings_over_blank_lines_and_the_ward():
    text = (
        "Ward round-up: how your area fared last month\nPublished: 3 June 2021\n\n"
        "Police recorded 1,204 crimes across Crewe last month.\n\nSt Barnabas\n\nCrime in the "
        "ward was down by 6 per cent, with 88 offences recorded, below the ward's monthly "
        "average of 95 over the past year.\n"
    )
    r = one(text, count=88)
    assert r["area"] == "St Barnabas"
    assert (r["period_start"], r["period_end"]) == ("2021-05", "2021-05")
    assert "Published" not in {x["area"] for x in rows(text)}


# ---- rules from the twenty-first batch (399-418, typical articles; 2026-11-23, session 9)


def test_calendar_year_and_a_month_inside_a_years_story():
    text = (
        "Crime falls in Bolton\nPublished: 9 March 2021\n\n"
        "Police figures show 21,960 crimes were recorded in the town in calendar year 2020, "
        "compared with 23,112 in 2019.\n\nIn April, just 52 shoplifting offences were recorded, "
        "and over the whole year shoplifting dropped by 31.5 per cent to 1,204.\n\n"
        "Burglaries of homes fell by 22 per cent to 1,010.\n"
    )
    assert one(text, count=21960)["period_end"] == "2020-12"
    r = one(text, count=52)
    assert (r["period_start"], r["period_end"]) == ("2020-04", "2020-04")
    r = one(text, count=1204)
    assert (r["period_start"], r["period_end"], r["change_pct"]) == ("2020-01", "2020-12", -31.5)
    assert one(text, offence="residential_burglary")["period_end"] == "2020-12"


def test_falls_listed_after_a_total_do_not_take_it():
    text = (
        "Overall, 3,118 crimes were recorded in Bridgend in 2012, 5.1 per cent fewer than the "
        "year before, with falls in violence, criminal damage and vehicle crime.\n"
    )
    assert one(text, count=3118)["offence"] == "total_recorded_crime"


def test_going_up_to_is_a_count_not_a_hedge():
    text = (
        "Shoplifting in Neath rose in 2013, going up to 284 from 251, an increase of 33 offences.\n"
    )
    r = one(text, offence="shoplifting")
    assert (r["count"], r["previous_count"], r["change_abs"]) == (284, 251, 33)


def test_victim_based_crime_is_its_own_line():
    text = (
        "The figures for Warwickshire in 2016/17, with the previous year in brackets, were:\n\n"
        "Total recorded crime: 31,420 (29,851)\nVictim-based crime: 28,106 (26,774)\n"
    )
    r = one(text, count=28106)
    assert (r["offence"], r["previous_count"]) == ("other", 26774)
    assert one(text, offence="total_recorded_crime")["previous_count"] == 29851


def test_within_three_years_is_an_ambition():
    text = (
        'Crime in Cleveland rose in 2019. The commissioner said: "My plan is a 25 per cent cut '
        'in knife crime within three years."\n'
    )
    assert all(r["change_pct"] is None for r in rows(text))


def test_a_team_working_in_a_place_is_where_not_whose():
    text = (
        "Crime in Avon and Somerset fell in 2022.\n\nBike thefts also fell, the force said, "
        "with a dedicated cycle crime team now working in central Bristol.\n"
    )
    assert one(text, offence="bicycle_theft")["area"] == "Avon and Somerset"


def test_an_event_date_is_not_the_period_of_figures():
    text = (
        'Published: 25 October 2013\n\nThe commissioner, elected last November, said: "Crime '
        'across Humberside down 9 per cent is a good start."\n'
    )
    found = rows(text)
    assert found and all(r["period_end"] is None for r in found)


def test_last_november_is_the_latest_november():
    text = (
        "Published: 25 October 2013\n\nLast November, 2,104 crimes were recorded in Grimsby, "
        "up 4 per cent.\n"
    )
    assert one(text, count=2104)["period_end"] == "2012-11"


def test_arrests_after_a_series_of_do_not_void_a_change():
    text = (
        "In Hull in 2013, robbery fell by a third, from 312 to 208, after a series of arrests "
        "linked to street robberies.\n"
    )
    r = one(text, offence="robbery")
    assert (r["count"], r["previous_count"]) == (208, 312)


def test_fewer_families_with_homes_broken_into():
    text = (
        'Burglary in Barnsley fell in 2022/23. A detective said: "We have seen 96 fewer '
        'families going through the trauma of having their home broken into."\n'
    )
    assert one(text, offence="residential_burglary")["change_abs"] == -96


def test_england_and_wales_well_below_after_a_superlative():
    text = (
        "At 36.5 crimes per 1,000 residents in 2014/15, Dyfed-Powys remains one of the "
        "lowest-crime force areas, well below the rate across England and Wales, which stood at "
        "61.2 crimes per 1,000 people.\n"
    )
    assert one(text, rate_per_1000=61.2)["area"] == "England and Wales"


def test_wards_of_a_borough_and_the_ward_that_leads_its_sentence():
    text = (
        "Crime in Westminster in 2014/15.\n\n"
        "The West End ward once again had more crime than any other ward in London, with 15,860 "
        "offences. Its rate of 1,287 crimes per 1,000 residents reflects how few people live "
        "there.\n\nSt James's saw crime increase by 6.8 per cent. Drug offences in the ward "
        "fell.\n\nQueen's Park had the least crime of any Westminster ward, with 870 offences.\n"
    )
    assert one(text, count=15860)["area"] == "West End"
    assert one(text, rate_per_1000=1287)["area"] == "West End"
    assert one(text, offence="drug_offences")["area"] == "St James's"
    assert one(text, count=870)["area"] == "Queen's Park"


def test_the_capital():
    text = (
        "In 2014/15 Westminster's rate of 236.4 crimes per 1,000 residents was nearly three "
        "times the capital's rate of 84.0.\n"
    )
    assert one(text, rate_per_1000=84.0)["area"] == "London"
    text = "South Wales Police recorded 402 rapes in the capital in 2015/16, Cardiff police said.\n"
    assert one(text, count=402)["area"] == "Cardiff"


def test_the_set_a_place_is_outside_is_not_its_place():
    text = (
        "Crime in Nottingham fell in 2011. Despite that, the city still has one of the higher "
        "crime rates among the major cities outside London, at 109.2 crimes per 1,000 "
        "residents.\n"
    )
    assert one(text, rate_per_1000=109.2)["area"] == "Nottingham"


def test_a_superlative_in_west_kent_and_a_table_of_rates_after_a_colon():
    text = (
        "Kent crime rates in 2023.\n\n1. Sevenoaks – 54.0 crimes per 1,000 people. It did, "
        "however, have the highest rate of residential burglary in west Kent, at 4.1 per 1,000 "
        "households.\n\nThe rest of the table, from highest rate to lowest, reads: Swale 95.2, "
        "Medway 91.0 and Tonbridge and Malling 70.4.\n"
    )
    assert one(text, rate_per_1000=4.1)["area"] == "Sevenoaks"
    assert one(text, rate_per_1000=91.0)["area"] == "Medway"
    assert one(text, rate_per_1000=70.4)["area"] == "Tonbridge and Malling"


def test_the_parts_a_rate_is_for_and_a_set_of_forces():
    text = (
        "Crime went up in all three of the North West's police force areas in 2019.\n\n"
        "Cleveland Police recorded 70,586 crimes in 2019. That works out at 124.3 offences for "
        "every 1,000 people living in Hartlepool, Middlesbrough, Redcar and Cleveland and "
        "Stockton-on-Tees.\n"
    )
    assert one(text, rate_per_1000=124.3)["area"] == "Cleveland"
    assert "North West" not in {r["area"] for r in rows(text)}


def test_though_only_by_and_one_crime_for_every_twenty_people():
    text = (
        "Crime in Nottinghamshire fell in 2011. Broxtowe was the only one of the four to see "
        "crime go up, though only by 31 offences. The figures mean there was roughly one "
        "recorded crime for every 20 people living in the county.\n"
    )
    assert one(text, area="Broxtowe")["change_abs"] == 31
    assert all(r["count"] != 1 for r in rows(text))


def test_an_offence_accounting_for_part_of_the_offences():
    text = (
        "Drug offences in Ipswich rose in the year to June 2024. Drug trafficking accounted for "
        "326 of the offences, up 46.2 per cent from 223.\n"
    )
    r = one(text, offence="drug_trafficking")
    assert (r["count"], r["previous_count"], r["change_pct"]) == (326, 223, 46.2)


# ---- rules from the twenty-second batch (419-438, typical articles of other sources; session 9)


def test_a_byline_dateline_and_the_same_six_months_in_brackets():
    text = (
        "Crime down in Selby\n\nGazette reporter, Thursday 20 October 2011\n\n"
        "The half-year report, covering April to September, was presented to councillors.\n\n"
        "The figures for Selby, with the same six months of 2010 in brackets, were:\n\n"
        "Total crime: 1,846 (1,989)\nVehicle crime: 164 (170)\n"
    )
    r = one(text, count=1846)
    assert (r["period_start"], r["period_end"], r["previous_count"]) == ("2011-04", "2011-09", 1989)


def test_posted_on_a_date_by_a_force():
    text = (
        "Posted on 9 July 2023 by Cleveland Police\n\nBetween April and June, officers recorded "
        "212 shoplifting offences in Redcar, compared with 301 in the same period last year.\n"
    )
    r = one(text, count=212)
    assert (r["period_start"], r["period_end"], r["previous_count"]) == ("2023-04", "2023-06", 301)


def test_across_the_district_after_a_town_and_a_drop_put_down_to_patrols():
    text = (
        "Crime falls across South Hams\n\nRecorded crime in South Hams fell by 6.1 per cent in "
        "2009/10.\n\nViolent crime fell by 10.2 per cent to 388 offences, a drop the partnership "
        "put down to extra patrols in Totnes town centre on Friday nights.\n\nShop owners in "
        "Totnes also had a harder year, with shoplifting in the town up by 12 per cent.\n\n"
        "Incidents of anti-social behaviour across the district fell by 9 per cent to 1,402.\n"
    )
    assert one(text, count=388)["area"] == "South Hams"
    assert one(text, count=1402)["area"] == "South Hams"


def test_a_glance_at_a_later_quarter_gives_way_at_the_next_paragraph():
    text = (
        "Burglary in Rotherham fell by 12 per cent in 2015.\n\nThe trend carried on into this "
        "year. Between January and March 2016 the district recorded 5,102 offences, compared "
        "with 5,388 in the same quarter of 2015.\n\nVehicle crime rose by 6.5 per cent.\n"
    )
    r = one(text, offence="vehicle_offences")
    assert (r["period_start"], r["period_end"]) == ("2015-01", "2015-12")


def test_the_largest_category_of_crime_is_the_whole():
    text = (
        "Violence against the person, now the largest single category of crime in Leeds, went "
        "up by 18 per cent to 21,062 offences in 2017.\n"
    )
    assert one(text, count=21062)["offence"] == "violence_against_the_person"


def test_a_rate_against_the_population():
    text = (
        "In 2022, 41,316 crimes were recorded in Coventry. With a population of around "
        "345,000, that is 119.8 crimes for every 1,000 people.\n"
    )
    assert one(text, area="Coventry")["rate_per_1000"] == 119.8


def test_on_a_year_when_a_count_was_recorded():
    text = (
        "Crime in Lincolnshire fell in 2014, with 35,910 offences. That is a drop of 1,002 on "
        "2013, when 36,912 crimes were recorded.\n"
    )
    r = one(text, count=35910)
    assert (r["previous_count"], r["change_abs"], r["period_end"]) == (36912, -1002, "2014-12")


def test_a_group_of_offences_made_up_of_a_list_and_a_target_set_by_itself():
    text = (
        "Crime in Stroud fell in the year to September 2010. Serious acquisitive crime, the group "
        "of offences made up of burglary, robbery and vehicle crime which the Home Office uses to "
        "measure partnerships, fell by 8 per cent, although that was short of the 12 per cent "
        "reduction the partnership had set itself.\n"
    )
    r = one(text, offence="serious_acquisitive_crime")
    assert r["change_pct"] == -8
    assert all(x["change_pct"] != -12 for x in rows(text))


def test_a_month_in_a_clause_giving_the_cause_does_not_date_the_figure():
    text = (
        "Crime in Radnorshire fell in 2012. Possession of drugs offences went up by 14 per cent, "
        "largely as a result of stop searches around a music festival in August.\n"
    )
    assert one(text, offence="drug_possession")["period_end"] == "2012-12"


def test_one_too_many_and_two_or_three_are_no_counts():
    text = (
        'Burglary in Tewkesbury rose in 2009. The inspector said: "One burglary or one assault '
        'is one too many. We have had two or three spells where a gang came up the M5."\n'
    )
    assert all(r["count"] is None for r in rows(text))


def test_pubs_in_a_list_of_towns_and_the_town_just_named():
    text = (
        "Published: 12 July 2013\n\nCrime in North Norfolk fell by 3.9 per cent in the first six "
        "months of 2013.\n\nViolent crime, however, rose by 1.8 per cent, with most offences "
        "taking place in and around pubs in Cromer on weekend evenings.\n\nShopkeepers in North "
        "Walsham also reported a difficult month. Last month there were 27 shoplifting offences "
        "recorded in the town.\n"
    )
    assert one(text, change_pct=1.8)["area"] == "North Norfolk"
    r = one(text, count=27)
    assert (r["area"], r["period_end"]) == ("North Walsham", "2013-06")


# ---- rules from the twenty-third batch (439-458: crime maps, FOI, regions, explainers; session 9)


def test_violence_causing_injury_and_a_surge_in_offending():
    text = (
        "Essex has most violent crime causing injury in the region\n\n"
        "Bedfordshire recorded 5,240 offences of violence with injury in 2022.\n\nEssex was "
        "close behind at 7.5 per 1,000, with 13,980 offences.\n\nSupport services say the rise "
        "reflects more reporting rather than a surge in offending.\n\n"
        "Kent recorded 12,100 offences.\n"
    )
    assert one(text, count=13980)["offence"] == "violence_with_injury"
    assert one(text, count=12100)["offence"] == "violence_with_injury"


def test_theft_of_pedal_cycle_and_two_annual_falls():
    text = (
        'The force was asked how many offences it had recorded under its "theft of pedal cycle" '
        "category in Leicester in 2023. It recorded 1,702, ending a run of two annual falls.\n"
    )
    r = one(text, count=1702)
    assert (r["offence"], r["previous_count"]) == ("bicycle_theft", None)


def test_a_rate_line_in_a_key_figures_box():
    text = (
        "Crime in Wrexham in the year to June 2019.\n\nKey figures\n\n- Total crime: 13,284 "
        "(12,972)\n- Anti-social behaviour: 2,210 (2,480)\n- Rate: 97.6 per 1,000 people "
        "(England and Wales: 88.9)\n"
    )
    r = one(text, rate_per_1000=97.6)
    assert (r["area"], r["offence"]) == ("Wrexham", "total_recorded_crime")
    assert "Rate" not in {x["area"] for x in rows(text)}


def test_offences_followed_by_others_on_their_counts():
    text = (
        "Crime in Gloucester in October 2013. Violent crime was the next biggest category with "
        "236 offences, followed by criminal damage and arson on 131 and shoplifting on 118.\n"
    )
    r = one(text, offence="shoplifting")
    assert (r["count"], r["previous_count"]) == (118, None)


def test_wards_that_top_the_table_or_come_second():
    text = (
        "Crime in Stockport in July 2016.\n\nBrinnington and Central once again topped the table "
        "of the borough's most crime-hit wards, with 412 crimes. Edgeley and Cheadle Heath was "
        "second with 198 crimes.\n"
    )
    assert one(text, count=412)["area"] == "Brinnington and Central"
    assert one(text, count=198)["area"] == "Edgeley and Cheadle Heath"


def test_figures_that_will_make_uncomfortable_reading_are_figures():
    text = (
        "Vehicle crime in the West Midlands rose in the year to September 2016. The figures will "
        "make uncomfortable reading in Coventry, where 3,482 vehicle offences were recorded, 411 "
        "more than in the previous 12 months.\n"
    )
    r = one(text, area="Coventry")
    assert (r["count"], r["change_abs"]) == (3482, 411)


def test_a_month_after_up_from_a_figure_is_the_comparison():
    text = (
        "Published: 3 March 2025\n\nThere were 2,214 crimes reported in Luton in February. "
        "Vehicle crime fell by 18 per cent to 142, while there were 27 possession of weapons "
        "offences, up from 19 in January.\n"
    )
    assert one(text, count=142)["period_end"] == "2025-02"
    r = one(text, count=27)
    assert (r["period_end"], r["previous_count"]) == ("2025-02", 19)


def test_the_streets_of_a_crime_map_story():
    text = (
        "The latest figures on police.uk show 1,310 crimes were reported in Worcester in May "
        "2015.\n\nThe street with the most reported crime was Foregate Street, in the heart of "
        "the city centre, with 41 offences, followed by Broad Street with 26. The West ward, "
        "which takes in the bus station and Angel Street, had 212 crimes.\n"
    )
    assert one(text, count=41)["area"] == "Foregate Street"
    assert one(text, count=26)["area"] == "Broad Street"
    assert "Angel Street" not in {r["area"] for r in rows(text)}
