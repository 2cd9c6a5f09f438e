<#import "layout.ftl" as l>
<#import "kaart.ftl" as kaart>
<#assign p = page>
<@l.page p=p map=p.map()!"">
<#if p.summary()??><p class="lead">${p.summary()}</p></#if>

<form class="home-search" action="${p.searchHref()}" method="get" role="search" aria-label="Zoeken in de atlas">
  <label for="home-zoek">Zoek een kindcentrum, school of opvang</label>
  <div class="home-search-row">
    <input id="home-zoek" name="q" type="search" autocomplete="off" aria-describedby="home-zoek-tip">
    <button type="submit">Zoeken</button>
  </div>
  <p id="home-zoek-tip" class="hint">Typ een naam, straat, postcode, soort opvang of plaats. Of <a href="${p.searchHref()}">kies uit een lijst</a>.</p>
</form>

<section aria-labelledby="wat-is">
  <h2 id="wat-is">Wat is deze atlas?</h2>
  <p>In deze atlas ziet u welke basisscholen en welke kinderopvang er zijn in ${p.layout().site().municipality()}. U ziet ook waar school en opvang samenwerken. Zo'n samenwerking heet een kindcentrum of IKC (integraal kindcentrum).</p>
  <p>In een kindcentrum werken school en opvang samen voor kinderen van 0 tot 12 jaar. Bijvoorbeeld met één plan voor de ontwikkeling van uw kind en een goede overstap van de opvang naar school.</p>
  <p>U kiest zelf een school en een opvang voor uw kind. Deze atlas helpt u om te zien wat er in uw buurt is.</p>
</section>

<section aria-labelledby="in-cijfers">
  <h2 id="in-cijfers">In cijfers</h2>
  <ul class="figures">
  <#list p.figures() as f>
    <li><a href="${f.href()}"><span class="figure-value">${f.value()}</span> <span class="figure-label">${f.label()}</span></a></li>
  </#list>
  </ul>
</section>

<#if p.map()??>
<section aria-labelledby="kaart-kop">
  <h2 id="kaart-kop">Op de kaart</h2>
  <@kaart.map p.map()/>
</section>
</#if>

<section aria-labelledby="gebieden">
  <h2 id="gebieden">Kernen en wijken</h2>
  <#if p.areasCounted()??>
  <p>${p.areasCounted()}</p>
  <#elseif p.areas()?has_content>
  <ul class="area-tree" data-readability="skip">
  <#list p.areas() as g>
    <li><a href="${g.area().href()}">${g.area().label()}</a> <span class="kind">(${g.kind()})</span>
      <#if g.children()?has_content>
      <ul>
      <#list g.children() as c><li><a href="${c.href()}">${c.label()}</a></li></#list>
      </ul>
      </#if>
    </li>
  </#list>
  </ul>
  <#else>
  <p class="empty">Er zijn nog geen gebieden.</p>
  </#if>
  <p><a href="${p.overviewHref()}">Alle kernen en wijken</a></p>
</section>

<section aria-labelledby="alles">
  <h2 id="alles">Alles in de atlas</h2>
  <@l.cards p.sections()/>
</section>
</@l.page>
