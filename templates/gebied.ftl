<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#import "kaart.ftl" as kaart>
<#assign p = page>
<@l.page p=p map=p.map()!"">
<#if p.description()??><p class="lead">${p.description()}</p></#if>
<dl class="facts">
  <@l.fact "Soort gebied" p.kind()/>
  <#if p.parent()??><@l.linkFact "Ligt in" p.parent()/></#if>
  <@l.fact "CBS-code" p.cbsCode()/>
</dl>

<ul class="figures small" aria-label="In cijfers">
<#list p.figures() as f><li><span class="figure-value">${f.value()}</span> <span class="figure-label">${f.label()}</span></li></#list>
</ul>

<#if p.map()??>
<section aria-labelledby="kaart-kop">
  <h2 id="kaart-kop">Op de kaart</h2>
  <@kaart.map p.map()/>
</section>
</#if>

<#if p.subAreas()?has_content>
<section aria-labelledby="wijken">
  <h2 id="wijken">Wijken in ${p.name()}</h2>
  <ul class="link-list">
  <#list p.subAreas() as a><li><a href="${a.href()}">${a.label()}</a></li></#list>
  </ul>
  <p>De scholen, opvang en kindcentra in deze wijken staan hieronder ook.</p>
</section>
</#if>

<section aria-labelledby="kindcentra">
  <h2 id="kindcentra">Kindcentra</h2>
  <@l.cards p.kindcentra() "Er is hier nog geen kindcentrum."/>
</section>

<section aria-labelledby="scholen">
  <h2 id="scholen">Scholen</h2>
  <@l.cards p.schools() "Er is hier geen basisschool."/>
</section>

<section aria-labelledby="opvang">
  <h2 id="opvang">Opvang</h2>
  <@l.cards p.childcare() "Er is hier geen opvanglocatie."/>
</section>
</@l.page>
