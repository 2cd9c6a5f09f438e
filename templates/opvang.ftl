<#import "layout.ftl" as l>
<#import "kaart.ftl" as kaart>
<#import "geschiedenis.ftl" as g>
<#import "acties.ftl" as acties>
<#assign p = page>
<@l.page p=p map=p.map()!"">
<@g.notice p.placeHistory()/>
<dl class="facts">
  <@l.fact "Adres" p.address()/>
  <@l.linkFact "Organisatie" p.holder()/>
  <@l.linkFact "Gebied" p.area()/>
  <@l.fact "LRK-nummer" p.lrk()/>
  <@g.facts p.placeHistory()/>
</dl>
<@acties.buttons p.actions()/>
<#if p.lrk()??><p class="small-print">Het LRK is het Landelijk Register Kinderopvang. Daarin staan alle opvanglocaties die kinderopvang mogen geven. Met het nummer vindt u de locatie in het register.</p></#if>

<section aria-labelledby="soorten">
  <h2 id="soorten">Soorten opvang</h2>
  <ul class="care-types">
  <#list p.careTypes() as t>
    <li><strong>${t.name()}</strong><#if t.places()??> - ${t.places()}</#if><br>${t.explanation()}</li>
  </#list>
  </ul>
</section>

<section aria-labelledby="vve">
  <h2 id="vve">VVE</h2>
  <p><strong>${p.vve().label()}</strong></p>
  <p>${p.vve().text()}</p>
</section>

<section aria-labelledby="kindcentra">
  <h2 id="kindcentra">Kindcentrum</h2>
  <#if p.kindcentra()?has_content>
  <p>Deze opvang werkt samen met de school in:</p>
  </#if>
  <@l.cards p.kindcentra() "Deze opvang hoort (nog) niet bij een kindcentrum."/>
</section>

<section aria-labelledby="scholen">
  <h2 id="scholen">Scholen in de buurt</h2>
  <@l.nearby p.schoolsNearby() "Er is geen basisschool in dit gebied."/>
</section>

<#if p.map()??>
<section aria-labelledby="kaart-kop">
  <h2 id="kaart-kop">In de buurt</h2>
  <@kaart.map m=p.map() list=false/>
</section>
</#if>
</@l.page>
