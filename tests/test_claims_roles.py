from rashomon.comparison.claims.role_agreement import roles_agree
from rashomon.comparison.claims.roles import read_roles


def _roles(text, name):
    start = text.index(name)
    return read_roles(text, start, start + len(name))


def test_a_title_before_the_name_with_its_portfolio_and_rank():
    (role,) = _roles("Deputy Transport Minister Ingrid Varley visited the site.", "Ingrid Varley")
    assert role.text == "Deputy Transport Minister"
    assert (role.facet, role.kind, role.subordinate, role.portfolio) == ("office", "minister", {"deputy"}, {"transport"})


def test_an_office_and_a_rank_before_one_name_are_two_facets():
    roles = _roles("said Coast Guard spokesman Captain Elio Brandani.", "Elio Brandani")
    assert {(r.facet, r.kind) for r in roles} == {("office", "spokesperson"), ("rank", "captain")}


def test_appositions_before_and_after_the_name():
    (before,) = _roles("The board's chief executive, Dr. Hanne Vestergaard, said the dip was weighed.", "Hanne Vestergaard")
    assert before.kind == "head" and before.text == "chief executive"
    (after,) = _roles("Ivo Brandel, the Minister of Justice of Orvesia, welcomed the verdict.", "Ivo Brandel")
    assert after.kind == "minister" and after.portfolio == {"justice"}
    (body,) = _roles("The debate was led by the director of KPT Lidiya Gaas.", "Lidiya Gaas")
    assert body.kind == "head" and body.text == "director of KPT"


def test_a_prepositional_object_before_a_comma_is_no_title():
    assert _roles("Speaking to the minister, Karl Smith said no deal was near.", "Karl Smith") == ()
    assert _roles("The report was sent to the minister, Karl Smith said.", "Karl Smith") == ()


def test_honorifics_and_event_parts_are_no_role():
    assert _roles("Moderator Lidia Haas opened the debate.", "Lidia Haas") == ()
    assert _roles("Mr. Bahram Niknam left on Friday.", "Bahram Niknam") == ()


def test_roles_agree_on_wording_and_disagree_on_office():
    def one(text, name):
        return _roles(text, name)[0]

    interior = one("Interior Minister Arkady Drozdan spoke.", "Arkady Drozdan")
    internal = one("Arkady Drozdan, the Minister of Internal Affairs, spoke.", "Arkady Drozdan")
    police = one("The chief of city police Arkady Drozdan spoke.", "Arkady Drozdan")
    ceo = one("CEO Rodrigo Cordero spoke.", "Rodrigo Cordero")
    chief = one("Chief executive Rodrigo Cordero spoke.", "Rodrigo Cordero")
    deputy = one("Deputy director Rodrigo Cordero spoke.", "Rodrigo Cordero")
    colonel = one("Colonel Zhanibek Ormanov surrendered.", "Zhanibek Ormanov")
    assert roles_agree(interior, internal) is True
    assert roles_agree(interior, police) is False
    assert roles_agree(ceo, chief) is True
    assert roles_agree(chief, deputy) is False
    assert roles_agree(colonel, interior) is None  # a rank says nothing of an office


def test_the_head_of_a_department_is_not_the_head_of_the_body():
    (unit,) = _roles("Maria Lind, head of the press department of the Water Authority, said so.", "Maria Lind")
    (body,) = _roles("Water Authority chief executive Maria Lind said so.", "Maria Lind")
    assert "unit" in unit.subordinate
    assert roles_agree(unit, body) is False


def test_a_hyphened_vice_is_a_subordinate_rank_of_the_title():
    from rashomon.comparison.claims.role_agreement import roles_agree
    from rashomon.comparison.claims.roles import read_roles

    text_a, text_b = "Board chair Mira Holt said", "Board vice-chair Mira Holt said"
    (a,) = read_roles(text_a, text_a.index("Mira"), text_a.index(" said"))
    (b,) = read_roles(text_b, text_b.index("Mira"), text_b.index(" said"))
    assert b.subordinate == {"vice"} and roles_agree(a, b) is False


def test_an_office_qualified_by_lower_case_words_in_an_apposition():
    (role,) = _roles("Tomas Vrel, the sporting director of Halmer United, resigned.", "Tomas Vrel")
    assert role.kind == "head" and role.text == "director of Halmer United"
    (role,) = _roles("Tomas Vrel, the club's long-serving technical director, resigned.", "Tomas Vrel")
    assert role.kind == "head"


def test_an_apposition_that_names_no_office_gives_nothing():
    assert _roles("Tomas Vrel, the man who hired the director, resigned.", "Tomas Vrel") == ()
    assert _roles("Tomas Vrel, 52, resigned.", "Tomas Vrel") == ()
    assert _roles("Tomas Vrel, a close friend of the director, resigned.", "Tomas Vrel") == ()
    assert _roles("Tomas Vrel, whose sister is the director, resigned.", "Tomas Vrel") == ()


def test_agents_and_curators_are_offices_of_their_own():
    agent = _roles("The striker's agent, Ola Brink, denied it.", "Ola Brink")[0]
    curator = _roles("The curator of the gallery, Ola Brink, denied it.", "Ola Brink")[0]
    titled = _roles("Agent Ola Brink denied it.", "Ola Brink")[0]
    director = _roles("Ola Brink, the technical director of Halmer, denied it.", "Ola Brink")[0]
    assert (agent.kind, curator.kind) == ("agent", "curator")
    assert roles_agree(agent, titled) is True
    assert roles_agree(agent, director) is False
    assert roles_agree(curator, director) is False


def test_a_free_agent_is_a_player_not_an_agent():
    assert _roles("The club signed free agent Ola Brink on Monday.", "Ola Brink") == ()
    assert _roles("Ola Brink, a free agent since June, signed on Monday.", "Ola Brink") == ()


def test_a_title_before_the_next_name_is_not_the_apposition_of_this_one():
    text = "The fire started in Marlow Heights, family spokesman Ivo Sand said."
    assert _roles(text, "Marlow Heights") == ()
    assert _roles("We thank Mayor Lind, Governor Ola Brink and the council.", "Mayor Lind") == ()
    assert _roles("Ola Brink, where spokesman Ivo Sand works, spoke.", "Ola Brink") == ()


def test_a_police_rank_translated_as_commissioner_is_the_same_rank():
    (superintendent,) = _roles("Superintendent Marit Olund said the stand would stay closed.", "Marit Olund")
    (commissioner,) = _roles("The commissioner Marit Olund announced the stand will remain closed.", "Marit Olund")
    (mayor,) = _roles("The mayor Marit Olund announced the stand will remain closed.", "Marit Olund")
    assert roles_agree(superintendent, commissioner) is True
    assert roles_agree(commissioner, mayor) is False


def test_an_abbreviated_rank_is_the_rank():
    (short,) = _roles("The dead soldier, Sgt Tomas Vell, was 24.", "Tomas Vell")
    (full,) = _roles("The army named the dead man as Sergeant Tomas Vell.", "Tomas Vell")
    (officer,) = _roles("Lt. Col. Tomas Vell led the patrol.", "Tomas Vell")
    assert (short.facet, short.kind) == ("rank", "sergeant") and roles_agree(short, full) is True
    assert officer.kind == "lieutenant colonel" and roles_agree(officer, full) is False


def test_an_abbreviation_reads_as_the_word_it_stands_for():
    (short,) = _roles("said Harwick police Lt. Dana Moss.", "Dana Moss")
    (full,) = _roles("Harwick police Lieutenant Dana Moss said.", "Dana Moss")
    (bare,) = _roles("Lieutenant Dana Moss said he knew of no motive.", "Dana Moss")
    assert roles_agree(short, full) is True and roles_agree(short, bare) is True


def test_an_office_of_several_words_is_read_whole():
    # "Prime Minister" is no plain minister; "harbour master" is an office, not a "master"
    (prime,) = _roles("Prime Minister Lena Varg opened the bridge.", "Lena Varg")
    assert prime.kind == "prime minister" and prime.text == "Prime Minister"
    (harbour,) = _roles("Harbour master Tomas Brede closed the quay.", "Tomas Brede")
    assert harbour.kind == "harbour master"
    (one_word,) = _roles("The harbourmaster, Tomas Brede, closed the quay.", "Tomas Brede")
    assert roles_agree(harbour, one_word) is True


def test_informatics_is_the_information_portfolio():
    # a translation's "director of informatics" heads the information systems, not the medicine
    (it,) = _roles("The director of informatics of the clinic, Ana Reis, said systems were back.", "Ana Reis")
    (medical,) = _roles("Medical director Ana Reis said systems were back.", "Ana Reis")
    assert it.portfolio == {"information"}
    assert roles_agree(it, medical) is False


def test_the_head_of_a_towns_own_body_is_its_mayor():
    # "presidente da Câmara", translated: the head of the town's chamber is the mayor
    (mayor,) = _roles("Mayor Tomas Varela closed the market hall on Friday.", "Tomas Varela")
    (chamber,) = _roles("The president of the Chamber, Tomas Varela, closed the market hall.", "Tomas Varela")
    (municipality,) = _roles("The head of the municipality, Tomas Varela, closed the market hall.", "Tomas Varela")
    assert roles_agree(mayor, chamber) is True
    assert roles_agree(mayor, municipality) is True
    # a chamber of commerce, a council and a deputy are other offices
    (commerce,) = _roles("The president of the Chamber of Commerce, Tomas Varela, closed the market hall.", "Tomas Varela")
    (council,) = _roles("The president of the city council, Tomas Varela, closed the market hall.", "Tomas Varela")
    (deputy,) = _roles("The vice-president of the Chamber, Tomas Varela, closed the market hall.", "Tomas Varela")
    assert roles_agree(mayor, commerce) is False
    assert roles_agree(mayor, council) is False
    assert roles_agree(mayor, deputy) is False


def test_a_head_teacher_and_a_deputy_arbiter_are_offices():
    (head,) = _roles("The school's head teacher, Ana Prado, said classes resume.", "Ana Prado")
    (sub,) = _roles("The sub-director of the school, Ana Prado, said so.", "Ana Prado")
    assert head.kind == "head" and roles_agree(head, sub) is False
    (chief,) = _roles("chief arbiter Lena Kade told reporters.", "Lena Kade")
    (deputy,) = _roles("According to the deputy arbiter of the match Lena Kade, it was found.", "Lena Kade")
    assert chief.kind == deputy.kind == "arbiter" and roles_agree(chief, deputy) is False


def test_a_service_is_a_unit_only_when_the_phrase_names_its_owner():
    (body,) = _roles("said Tova Rind, head of the regional flood rescue service.", "Tova Rind")
    (short,) = _roles("According to the head of the flood rescue, Tova Rind, it held.", "Tova Rind")
    (police,) = _roles("Police chief Tova Rind, who led the search, spoke.", "Tova Rind")
    assert "unit" not in body.subordinate and body.portfolio == {"rescue"}
    assert roles_agree(body, short) is True and roles_agree(body, police) is False
    (unit,) = _roles("Tova Rind, head of the port's anti-smuggling unit, said so.", "Tova Rind")
    (customs,) = _roles("said Tova Rind, director-general of customs.", "Tova Rind")
    assert "unit" in unit.subordinate and roles_agree(unit, customs) is False


def test_an_apposition_before_a_translated_the_doctor_is_read():
    (role,) = _roles("According to the director of health of the province, the doctor Lea Morvan, the ban holds.", "Lea Morvan")
    assert role.kind == "head" and role.portfolio == {"health"}
    assert _roles("He spoke to the doctor Lea Morvan, who said so.", "Lea Morvan") == ()


def test_a_general_manager_heads_the_firm_and_is_no_general():
    (role,) = _roles("The general manager of Norvik Freight Tom Ash said so.", "Tom Ash")
    (ceo,) = _roles("Norvik Freight chief executive Tom Ash said so.", "Tom Ash")
    assert role.facet == "office" and role.kind == "head" and roles_agree(role, ceo) is True


def test_the_seats_at_the_head_of_a_body_are_told_apart_and_vague_heads_agree():
    (executive,) = _roles("Halden Foods chief executive Tomas Ekberg opened the plant.", "Tomas Ekberg")
    (chair,) = _roles("Halden Foods board chairman Tomas Ekberg opened the plant.", "Tomas Ekberg")
    (president,) = _roles("The president of the rowing club, Tomas Ekberg, spoke first.", "Tomas Ekberg")
    (ceo,) = _roles("Halden Foods CEO Tomas Ekberg opened the plant.", "Tomas Ekberg")
    (boss,) = _roles("Halden Foods boss Tomas Ekberg opened the plant.", "Tomas Ekberg")
    assert roles_agree(executive, chair) is False and roles_agree(executive, president) is False
    assert roles_agree(executive, ceo) is True  # one seat in two wordings
    assert roles_agree(chair, president) is True  # a club's president is often its chair
    assert roles_agree(boss, executive) is True and roles_agree(boss, chair) is True  # a vaguer form


def test_a_seat_joined_to_another_or_an_executive_chair_is_no_one_seat():
    (both,) = _roles("Tomas Ekberg, president and chief executive of Halden Foods, spoke.", "Tomas Ekberg")
    (management,) = _roles("The management chairman of Halden Foods, Tomas Ekberg, spoke.", "Tomas Ekberg")
    (executive,) = _roles("Halden Foods chief executive Tomas Ekberg opened the plant.", "Tomas Ekberg")
    assert both.post == "" and management.post == ""
    assert roles_agree(both, executive) is True and roles_agree(management, executive) is True


def test_a_translated_plural_portfolio_names_its_field():
    (role,) = _roles("The minister of Transports, Elin Drovak, visited the bridge.", "Elin Drovak")
    (interior,) = _roles("Interior Minister Elin Drovak visited the bridge.", "Elin Drovak")
    assert role.portfolio == {"transport"}
    assert roles_agree(role, interior) is False


def test_a_post_outside_the_lists_is_read_from_the_thesaurus_and_told_apart():
    (warden,) = _roles("Chief warden Pella Rusk closed the trail.", "Pella Rusk")
    (minister,) = _roles("Deputy Tourism Minister Pella Rusk closed the trail.", "Pella Rusk")
    (vet,) = _roles("The aquarium's veterinarian, Ana Vrel, examined the seal.", "Ana Vrel")
    (director,) = _roles("Aquarium director Ana Vrel examined the seal.", "Ana Vrel")
    (pilot,) = _roles("Senior pilot Ana Vrel landed the seaplane.", "Ana Vrel")
    (aviator,) = _roles("Ana Vrel, an aviator from the coast, landed the seaplane.", "Ana Vrel")
    assert (warden.facet, warden.kind, warden.text) == ("office", "warden", "Chief warden")
    assert roles_agree(warden, minister) is False
    assert roles_agree(vet, director) is False
    assert roles_agree(pilot, aviator) is True  # one word's sense is under the other's
    (plain,) = _roles("Warden Pella Rusk closed the trail.", "Pella Rusk")
    assert roles_agree(plain, warden) is True


def test_a_word_of_a_situation_is_no_role():
    for word in ("victim", "witness", "resident", "passenger", "suspect"):
        assert _roles(f"The {word} Tarik Essen spoke to reporters.", "Tarik Essen") == (), word


def test_kin_terms_are_a_facet_of_their_own():
    (cousin,) = _roles("His cousin Maren Tollis identified the body.", "Maren Tollis")
    (in_law,) = _roles("Maren Tollis, a brother-in-law of the driver, identified the body.", "Maren Tollis")
    (father,) = _roles("Maren Tollis, the father of the driver, identified the body.", "Maren Tollis")
    (pilot,) = _roles("Senior pilot Maren Tollis identified the body.", "Maren Tollis")
    assert cousin.facet == "kin" and in_law.kind == "brother-in-law"
    assert roles_agree(cousin, in_law) is False
    assert roles_agree(cousin, father) is None  # two lines: the anchors may be two people
    assert roles_agree(father, pilot) is None  # a kin beside a post is no conflict


def test_a_kind_of_a_part_played_in_the_event_is_no_post():
    assert _roles("The party's nominee Oda Brenn toured the port.", "Oda Brenn") == ()  # a candidate


def test_a_synonym_of_the_first_word_of_an_office_is_that_office():
    (premier,) = _roles("The premier minister Oskar Veld will visit the dam.", "Oskar Veld")
    (prime,) = _roles("Prime Minister Oskar Veld will visit the dam.", "Oskar Veld")
    (minister,) = _roles("Minister Oskar Veld will visit the dam.", "Oskar Veld")
    assert premier.kind == "prime minister" and roles_agree(premier, prime) is True
    assert roles_agree(premier, minister) is False


def test_a_vague_head_of_a_portfolio_is_its_minister():
    (boss,) = _roles("Health boss Lina Oberg said the clinics would reopen.", "Lina Oberg")
    (minister,) = _roles("Health Minister Lina Oberg said the clinics would reopen.", "Lina Oberg")
    (finance,) = _roles("Finance Minister Lina Oberg said the clinics would reopen.", "Lina Oberg")
    (chief,) = _roles("Police Chief Lina Oberg said the clinics would reopen.", "Lina Oberg")
    (police,) = _roles("Police Minister Lina Oberg said the clinics would reopen.", "Lina Oberg")
    assert roles_agree(boss, minister) is True
    assert roles_agree(boss, finance) is False  # another portfolio's minister
    assert roles_agree(chief, police) is False  # a police chief is an office of its own


def test_the_deputy_of_an_office_told_in_the_possessive():
    (role,) = _roles("Mirja Tallen, the governor's deputy, opened the session.", "Mirja Tallen")
    assert (role.kind, role.subordinate, role.text) == ("governor", {"deputy"}, "governor's deputy")
    (holder,) = _roles("Governor Mirja Tallen opened the session.", "Mirja Tallen")
    assert roles_agree(role, holder) is False
    assert _roles("Mirja Tallen, Oskavia's deputy, opened the session.", "Mirja Tallen") == ()


def test_a_former_office_against_another_one_held_now_is_another_time():
    (former,) = _roles("Former Trade Minister Ales Korvin spoke first.", "Ales Korvin")
    (now,) = _roles("Labour Minister Ales Korvin spoke first.", "Ales Korvin")
    assert roles_agree(former, now) is None
    (coach,) = _roles("Ales Korvin, the team's coach, spoke first.", "Ales Korvin")
    (former_coach,) = _roles("Ales Korvin, a former coach, spoke first.", "Ales Korvin")
    assert roles_agree(former_coach, coach) is True  # one line of posts


def test_a_bodys_spokesperson_is_not_its_head_and_an_envoy_covers_an_ambassador():
    (speaker,) = _roles("Ales Korvin, the board's spokesman, spoke first.", "Ales Korvin")
    (head,) = _roles("Ales Korvin, the board's director, spoke first.", "Ales Korvin")
    assert roles_agree(speaker, head) is False
    (envoy,) = _roles("Ales Korvin, the envoy of Tarsland, spoke first.", "Ales Korvin")
    (ambassador,) = _roles("Ales Korvin, the ambassador of Tarsland, spoke first.", "Ales Korvin")
    assert roles_agree(envoy, ambassador) is None


def test_an_acting_holder_is_not_compared_with_the_holder():
    (acting,) = _roles("Acting Governor Ales Korvin spoke first.", "Ales Korvin")
    (holder,) = _roles("Governor Ales Korvin spoke first.", "Ales Korvin")
    (deputy,) = _roles("Deputy Governor Ales Korvin spoke first.", "Ales Korvin")
    assert roles_agree(acting, holder) is None
    assert roles_agree(deputy, holder) is False


def test_a_company_president_is_its_chief_executive_but_a_club_president_is_not():
    from dataclasses import replace

    from rashomon.comparison.claims.role_agreement import body_kind

    (executive,) = _roles("Brenmoor Cables chief executive Ada Lorne opened the works.", "Ada Lorne")
    (president,) = _roles("The president of Brenmoor Cables, Ada Lorne, opened the works.", "Ada Lorne")
    assert body_kind("Ada Lorne opened the works. The company employs 300 people.") == "company"
    assert body_kind("Ada Lorne said the club would appeal. The company that sponsors it said nothing.") == "other"
    assert body_kind("Ada Lorne opened the works.") == ""
    firm, club = replace(executive, body="company"), replace(president, body="other")
    assert roles_agree(firm, replace(president, body="company")) is True  # "president and chief executive"
    assert roles_agree(replace(executive, body=""), replace(president, body="company")) is True
    assert roles_agree(firm, club) is False  # a club's president is a seat of its own
    assert roles_agree(executive, president) is False  # no body told: the seats stay apart


def test_a_boss_and_the_manager_of_one_named_team_are_one_seat():
    from dataclasses import replace

    from rashomon.comparison.claims.role_agreement import owner_named

    def role(text, name="Ada Lorne"):
        (r,) = _roles(text, name)
        return replace(r, owner=owner_named(text, r.start, r.text))

    manager = role("Harlow United manager Ada Lorne praised the side.")
    boss = role("United boss Ada Lorne praised the side.")
    coach = role("The coach of United, Ada Lorne, praised the side.")
    assert (manager.owner, boss.owner, coach.owner) == ("united", "united", "united")
    assert roles_agree(manager, boss) is None and roles_agree(boss, coach) is None
    # a manager of another body, or of none named, stays another seat than its boss
    other = role("Brenfield boss Ada Lorne praised the side.")
    unnamed = role("Its boss, Ada Lorne, praised the side.")
    assert roles_agree(manager, other) is False and roles_agree(manager, unnamed) is False
    deputy = role("United assistant manager Ada Lorne praised the side.")
    assert roles_agree(deputy, boss) is False


def test_an_acting_post_may_be_held_beside_the_deputy_post():
    (acting,) = _roles("The acting director, Ilse Varga, signed the order.", "Ilse Varga")
    (deputy,) = _roles("Ilse Varga, the bureau's deputy director, signed the order.", "Ilse Varga")
    (holder,) = _roles("Ilse Varga, the bureau's director, signed the order.", "Ilse Varga")
    (interim,) = _roles("Interim Director Ilse Varga signed the order.", "Ilse Varga")
    assert roles_agree(acting, deputy) is None and roles_agree(deputy, interim) is None
    assert roles_agree(deputy, holder) is False  # no one standing in: a deputy is not the director


def test_an_officer_titled_by_the_head_word_of_a_paraphrase_is_one_seat():
    (officer,) = _roles("Chief Fire Officer Rolf Tamm inspected the depot.", "Rolf Tamm")
    (chief,) = _roles("The chief of the firefighters of Ostrava, Rolf Tamm, inspected the depot.", "Rolf Tamm")
    assert roles_agree(officer, chief) is True and roles_agree(chief, officer) is True
    # another portfolio, another office named by the head word, a qualifier on one side only
    (medical,) = _roles("Chief Medical Officer Rolf Tamm inspected the depot.", "Rolf Tamm")
    (minister,) = _roles("The minister of fire services, Rolf Tamm, inspected the depot.", "Rolf Tamm")
    (deputy,) = _roles("Deputy Chief Fire Officer Rolf Tamm inspected the depot.", "Rolf Tamm")
    assert roles_agree(medical, chief) is not True
    assert roles_agree(officer, minister) is not True
    assert roles_agree(deputy, chief) is not True
    # a rank that opens with the head word is not the head of the service
    (inspector,) = _roles("Police Chief Inspector Rolf Tamm inspected the depot.", "Rolf Tamm")
    (police,) = _roles("The chief of police, Rolf Tamm, inspected the depot.", "Rolf Tamm")
    assert roles_agree(inspector, police) is False


def test_an_office_of_a_person_noun_before_a_name_titles_that_person_not_the_name():
    # the name stands in apposition to the person noun right before it: she is the runner, not the coach
    assert _roles("A protest came from the coach of runner-up Lena Dorsk after the race.", "Lena Dorsk") == ()
    assert _roles("A protest came from the manager of the Velmoran cyclist Lena Dorsk.", "Lena Dorsk") == ()
    assert [r.kind for r in _roles("They met the chief of city police Arkady Drozdan on Monday.", "Arkady Drozdan")] == ["head"]
