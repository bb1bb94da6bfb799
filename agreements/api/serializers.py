"""What an agreement looks like outside the application: the API, the open dataset.

``PartySerializer`` is the one place a party is written out (a province party carries its
province code, every region party its Kemendagri region code). Public serializers
name only public fields; ``FullAgreementSerializer`` (staff tokens) adds the internal dates
and document numbers, never the notes, reviewer data or users.
"""

from __future__ import annotations

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from agreements.models import Agreement, AgreementStatus, Opd, Province, Sector


class ProvinceSerializer(serializers.ModelSerializer):
    agreement_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Province
        fields = ["code", "name", "iso_3166_2", "capital", "island_group", "agreement_count"]


class RegionSerializer(serializers.Serializer):
    """A region that can be a party: a province ("32"), a kabupaten ("32.04") or a kota
    ("32.73"), by its Kemendagri code; a kabupaten/kota names its province."""

    code = serializers.CharField()
    name = serializers.CharField()
    level = serializers.SerializerMethodField()
    parent_code = serializers.SerializerMethodField()
    agreement_count = serializers.IntegerField(read_only=True)

    def get_level(self, region) -> str:
        return getattr(region, "kind", None) or "province"

    def get_parent_code(self, region) -> str | None:
        return getattr(region, "province_id", None)


class SectorSerializer(serializers.ModelSerializer):
    agreement_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Sector
        fields = ["code", "name_id", "name_en", "category", "agreement_count"]


class OpdSerializer(serializers.ModelSerializer):
    province_code = serializers.CharField(source="province_id")
    agreement_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Opd
        fields = ["id", "name", "acronym", "kind", "province_code", "agreement_count"]


class PartySerializer(serializers.Serializer):
    """A signing party: a region (province, kabupaten or kota) with its Kemendagri code, or
    a named organisation (``region_code`` null)."""

    kind = serializers.CharField()
    name = serializers.CharField(source="display_name")
    province_code = serializers.CharField(source="province_id", allow_null=True)
    region_code = serializers.CharField(allow_null=True)
    signatory_name = serializers.CharField()
    signatory_title = serializers.CharField()


class FullPartySerializer(PartySerializer):
    document_number = serializers.CharField()
    on_behalf_of = serializers.CharField()


class AgreementOpdSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="opd.id")
    name = serializers.CharField(source="opd.name")
    acronym = serializers.CharField(source="opd.acronym")
    province_code = serializers.CharField(source="opd.province_id")
    role = serializers.CharField()


class ScopeItemSerializer(serializers.Serializer):
    description = serializers.CharField()
    sectors = serializers.SerializerMethodField()

    def get_sectors(self, item) -> list[str]:
        return [sector.code for sector in item.sectors.all()]


class DocumentSerializer(serializers.Serializer):
    title = serializers.CharField()
    kind = serializers.CharField()
    content_type = serializers.CharField()
    size = serializers.IntegerField()
    url = serializers.SerializerMethodField()

    def get_url(self, document) -> str:
        return reverse("portal:document", args=[document.agreement_id, document.pk])


class AgreementSerializer(serializers.ModelSerializer):
    party_serializer = PartySerializer

    type = serializers.CharField(source="agreement_type")
    type_label = serializers.CharField(source="get_agreement_type_display")
    status = serializers.ChoiceField(choices=AgreementStatus.choices)
    ends_on = serializers.DateField(allow_null=True)
    parties = serializers.SerializerMethodField()
    opds = AgreementOpdSerializer(source="agreement_opds", many=True)
    scope = ScopeItemSerializer(source="scope_items", many=True)
    sectors = serializers.SerializerMethodField()
    documents = DocumentSerializer(source="open_documents", many=True)
    portal_url = serializers.SerializerMethodField()

    class Meta:
        model = Agreement
        fields = [
            "id",
            "title",
            "type",
            "type_label",
            "cooperation_class",
            "signed_on",
            "effective_from",
            "expires_on",
            "ends_on",
            "terminated_on",
            "status",
            "parties",
            "opds",
            "scope",
            "sectors",
            "documents",
            "portal_url",
        ]

    @extend_schema_field(PartySerializer(many=True))
    def get_parties(self, agreement):
        return self.party_serializer(agreement.parties.all(), many=True).data

    def get_sectors(self, agreement) -> list[str]:
        codes = {s.code for item in agreement.scope_items.all() for s in item.sectors.all()}
        return sorted(codes)

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_portal_url(self, agreement):
        if not agreement.is_published:
            return None
        return reverse("portal:agreement", args=[agreement.pk])


class FullAgreementSerializer(AgreementSerializer):
    """For staff tokens: every agreement, with the internal dates and numbers (no notes)."""

    party_serializer = FullPartySerializer

    class Meta(AgreementSerializer.Meta):
        fields = [
            *AgreementSerializer.Meta.fields,
            "place",
            "duration_months",
            "parent",
            "predecessor",
            "is_published",
            "published_at",
            "created_at",
            "updated_at",
        ]

    @extend_schema_field(FullPartySerializer(many=True))
    def get_parties(self, agreement):
        return super().get_parties(agreement)
