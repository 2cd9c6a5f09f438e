package nl.ikcatlas.pipeline;

/** The atlas of {@link InjectionTest}: every text field of the model once, as a slot. */
final class InjectionSite {
    private InjectionSite() {
    }

    static final String TEXT = """
            -- content/over.md --
            title=Over deze atlas
            type=page
            status=published
            template=about.ftl
            ~~~~~~
            Wat deze atlas laat zien.
            -- content/toegankelijkheid.md --
            title=Toegankelijkheid
            type=page
            status=published
            template=toegankelijkheid.ftl
            ~~~~~~
            Iedereen moet deze atlas kunnen gebruiken.
            -- content/kosten-peuteropvang.md --
            title=Wat kost peuteropvang?
            type=page
            status=published
            template=kosten.ftl
            ~~~~~~
            Drie manieren om te betalen.
            -- data/atlas.yaml --
            municipality: @@AtlasSettings.municipality=Testdorp@@
            cbs_code: @@AtlasSettings.cbsCode=GM1621@@
            edition: 2026-11-01
            summary: @@AtlasSettings.summary=Een kleine atlas.@@
            illustrative: @@AtlasSettings.illustrative=De opvang is bedacht.@@
            base_url: @@AtlasSettings.baseUrl=https://atlas.testdorp.nl/@@
            sources:
              - id: @@AtlasSettings.sources[].id=duo@@
                name: @@AtlasSettings.sources[].name=Alle schoolvestigingen@@
                publisher: @@AtlasSettings.sources[].publisher=DUO@@
                url: @@AtlasSettings.sources[].url=https://duo.nl/open_onderwijsdata/@@
                date: 2026-10-01
                description: @@AtlasSettings.sources[].description=Open onderwijsdata.@@
              - id: voorbeeld
                name: Voorbeeldgegevens
                date: 2026-11-01
                illustrative: true
            contact:
              organisation: @@AtlasSettings.contact.organisation=Gemeente Testdorp@@
              email: @@AtlasSettings.contact.email=info@testdorp.nl@@
              phone: @@AtlasSettings.contact.phone=14 010@@
              website: @@AtlasSettings.contact.website=https://www.testdorp.nl@@
              form: @@AtlasSettings.contact.form=https://www.testdorp.nl/contact@@
            logo:
              file: @@AtlasSettings.logo.file=templates/assets/logo.svg@@
              alt: @@AtlasSettings.logo.alt=Logo van Testdorp@@
            accessibility:
              status: C
              tested: 2026-10-20
              method: @@AtlasSettings.accessibility.method=Eigen test.@@
              exceptions:
                - @@AtlasSettings.accessibility.exceptions[]=De kaart is lastig met het toetsenbord.@@
            policy:
              role: regisserend
              budget: @@AtlasSettings.policy.budget=EUR 100.000 per jaar@@
              description: @@AtlasSettings.policy.description=De gemeente brengt partners samen.@@
              source: @@AtlasSettings.policy.source=duo@@
            costs:
              year: 2026
              max_hourly_rate: {daycare: 11.23, out_of_school: 9.98, childminder: 8.49}
              allowance_share: {lowest: 33.3, highest: 96}
              parental_contribution: @@AtlasSettings.costs.parentalContribution=Naar inkomen.@@
              source: @@AtlasSettings.costs.source=duo@@
            -- data/instrument.yaml --
            name: @@Instrument.name=Ontwikkelinstrument@@
            description: @@Instrument.description=Een instrument om te meten.@@
            source: @@Instrument.source=duo@@
            levels:
              - id: @@Instrument.levels[].id=los@@
                name: @@Instrument.levels[].name=Los van elkaar@@
                summary: @@Instrument.levels[].summary=Geen samenwerking.@@
                plain: @@Instrument.levels[].plain=School en opvang werken apart.@@
              - id: samen
                name: Samen
                summary: Veel samenwerking.
                plain: School en opvang werken samen.
            themes:
              - id: @@Instrument.themes[].id=visie@@
                name: @@Instrument.themes[].name=Visie@@
                summary: @@Instrument.themes[].summary=Wat ze samen willen.@@
                levels:
                  @@Instrument.themes[].levels{key}=los@@: {summary: @@Instrument.themes[].levels{}.summary=Geen visie.@@, plain: @@Instrument.themes[].levels{}.plain=Ieder een eigen plan.@@}
                  samen: {summary: Een visie., plain: Een gezamenlijk plan.}
              - id: ruimte
                name: Ruimte
                summary: Het gebouw.
                levels:
                  los: {summary: Apart., plain: Twee gebouwen.}
                  samen: {summary: Samen., plain: Een gebouw.}
            -- data/areas/dorp.yaml --
            id: dorp
            name: Dorp
            kind: kern
            source: duo
            -- data/areas/noord.yaml --
            id: @@Area.id=noord@@
            name: @@Area.name=Noord@@
            kind: wijk
            cbs_code: @@Area.cbsCode=WK162101@@
            parent: @@Area.parent=dorp@@
            description: @@Area.description=De wijk in het noorden.@@
            boundary: @@Area.boundary=boundaries/noord.geojson@@
            toddlers: {year: 2025, count: 40, source: @@Area.toddlers.source=duo@@}
            source: @@Area.source=duo@@
            -- data/boundaries/noord.geojson --
            {"type": "Polygon", "coordinates": [[[4.49, 51.99], [4.51, 51.99], [4.51, 52.01], [4.49, 52.01], [4.49, 51.99]]]}
            -- data/boards/bestuur.yaml --
            id: @@SchoolBoard.id=bestuur@@
            number: @@SchoolBoard.number=41487@@
            name: @@SchoolBoard.name=Stichting Bestuur@@
            denomination: @@SchoolBoard.denomination=Openbaar@@
            website: @@SchoolBoard.website=https://bestuur.nl@@
            source: @@SchoolBoard.source=duo@@
            -- data/schools/de-school.yaml --
            id: @@School.id=de-school@@
            vestigingscode: @@School.vestigingscode=16DB00@@
            name: @@School.name=De School@@
            board: @@School.board=bestuur@@
            address: @@School.address.street=Schoolstraat 1@@
            postcode: @@School.address.postcode=2651 AB@@
            place: @@School.address.place=Dorp@@
            coordinates: {lat: 52.0, lon: 4.5}
            area: @@School.area=noord@@
            denomination: @@School.denomination=Openbaar@@
            website: @@School.website=https://school.nl@@
            pupils: {count: 200, year: 2025, source: @@School.pupils.source=duo@@}
            opened: 2020-08-01
            former_names:
              - name: @@School.history.formerNames[].name=De Oude School@@
                until: 2024-08-01
            source: @@School.source=duo@@
            -- data/holders/houder.yaml --
            id: @@ChildcareHolder.id=houder@@
            name: @@ChildcareHolder.name=Kinderopvang Houder@@
            kvk: @@ChildcareHolder.kvk=12345678@@
            website: @@ChildcareHolder.website=https://houder.nl@@
            phone: @@ChildcareHolder.phone=010 123 45 67@@
            source: @@ChildcareHolder.source=voorbeeld@@
            -- data/childcare/opvang.yaml --
            id: @@ChildcareLocation.id=opvang@@
            lrk: @@ChildcareLocation.lrk=123456789@@
            name: @@ChildcareLocation.name=Opvang De Wei@@
            holder: @@ChildcareLocation.holder=houder@@
            care_types: [kdv, bso]
            places: {kdv: 16, bso: 40}
            vve: true
            address: @@ChildcareLocation.address.street=Schoolstraat 3@@
            postcode: @@ChildcareLocation.address.postcode=2651 AB@@
            place: @@ChildcareLocation.address.place=Dorp@@
            coordinates: {lat: 52.001, lon: 4.501}
            area: @@ChildcareLocation.area=noord@@
            lrk_url: @@ChildcareLocation.lrkUrl=https://www.landelijkregisterkinderopvang.nl/pp/#/inzien/oko/gegevens/123@@
            website: @@ChildcareLocation.website=https://opvang.nl@@
            phone: @@ChildcareLocation.phone=010 765 43 21@@
            former_names:
              - name: @@ChildcareLocation.history.formerNames[].name=Peuterspeelzaal De Wei@@
                until: 2025-01-01
            source: @@ChildcareLocation.source=voorbeeld@@
            -- data/kindcentra/kc.yaml --
            id: @@Kindcentrum.id=kc@@
            name: @@Kindcentrum.name=Kindcentrum De School@@
            area: @@Kindcentrum.area=noord@@
            schools: [@@Kindcentrum.schools[]=de-school@@]
            childcare: [@@Kindcentrum.childcare[]=opvang@@]
            scenario: school
            lead: samen
            interest: 1
            housing:
              situation: een-gebouw
              wishes: @@Kindcentrum.housing.wishes=Een grotere speelplaats.@@
            description: @@Kindcentrum.description=Samen onder een dak.@@
            opened: 2023-08-01
            former_names:
              - name: @@Kindcentrum.history.formerNames[].name=Brede School Noord@@
                until: 2024-01-01
            source: @@Kindcentrum.source=voorbeeld@@
            assessments:
              - year: 2024
                source: voorbeeld
                levels:
                  visie: los
                  ruimte: los
              - year: 2025
                date: 2025-05-01
                source: @@Kindcentrum.assessments[].source=voorbeeld@@
                levels:
                  @@Kindcentrum.assessments[].levels{key}=visie@@: @@Kindcentrum.assessments[].levels{}=samen@@
                  ruimte: los
                note: @@Kindcentrum.assessments[].note=Samen een visie geschreven.@@
            """;
}
